/**
 * The REST API's frame: the JAX-RS application (bearer tokens), the space taken from the URL
 * and checked before any resource runs, and errors as RFC 9457 problem details.
 */
package se.samverkan.platform.api;
