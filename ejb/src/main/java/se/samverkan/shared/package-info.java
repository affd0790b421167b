/**
 * Small pieces every feature uses: the domain exceptions the web layer turns into problem
 * details, pages of results, the year a follow-up or analysis is about, and the one check that
 * keeps personal identity numbers out of texts that must hold no data about individuals.
 */
package se.samverkan.shared;
