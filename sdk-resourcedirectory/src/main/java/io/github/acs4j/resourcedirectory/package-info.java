/**
 * Resource Directory (ResourceDirectoryMaster 2022-04-19) client: message contacts, their verification
 * and the objects they are bound to.
 */
package io.github.acs4j.resourcedirectory;
