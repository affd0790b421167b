/**
 * Cross-cutting pieces that are not a business concept: bringing the database up to date and
 * provisioning the parties at start-up.
 */
package se.samverkan.platform;
