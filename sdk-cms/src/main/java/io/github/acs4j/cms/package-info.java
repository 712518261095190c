/**
 * CloudMonitor (Cms) client: alert contacts and contact groups.
 */
package io.github.acs4j.cms;
