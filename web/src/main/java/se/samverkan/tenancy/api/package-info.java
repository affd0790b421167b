/** The spaces a caller may enter, for clients that offer a choice. */
package se.samverkan.tenancy.api;
