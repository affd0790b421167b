/**
 * Tracing a request: its id, taken from the caller's {@code X-Request-Id} when well-formed or made
 * here, answered in the same header and recorded with every change in the audit trail.
 */
package se.samverkan.platform.trace;
