/** MicroProfile Health checks: ready once the database is migrated, provisioned and reachable. */
package se.samverkan.platform.health;
