/** The REST API of a municipality's escalation ladder and its groups' disputes. */
package se.samverkan.dispute.api;
