/** The REST API of action plans and their economy: thin resources over the plan services. */
package se.samverkan.plan.api;
