/**
 * Requests, responses and items of Pets.
 */
package example.pets.model;
