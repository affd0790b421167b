/** REST resources for a space's coordination groups and their members. */
package se.samverkan.coordination.api;
