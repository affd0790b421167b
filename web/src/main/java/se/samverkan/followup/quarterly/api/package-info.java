/** The REST API of the quarterly indicators: definitions, figures, the CSV upload and the charts' data. */
package se.samverkan.followup.quarterly.api;
