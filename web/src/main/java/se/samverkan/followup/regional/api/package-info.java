/** REST API of the regional follow-up: the working compilation, RUG's texts, publication, exports. */
package se.samverkan.followup.regional.api;
