/**
 * The Pets client.
 */
package example.pets;
