/**
 * Small pieces every feature uses: the domain exceptions the web layer turns into problem
 * details, and pages of results.
 */
package se.samverkan.shared;
