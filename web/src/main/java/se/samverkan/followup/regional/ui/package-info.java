/** Faces pages of the regional follow-up: the published list, the compilation page, its exports. */
package se.samverkan.followup.regional.ui;
