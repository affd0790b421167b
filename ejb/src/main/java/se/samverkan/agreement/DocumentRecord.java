package se.samverkan.agreement;

/** A related document as read. */
public record DocumentRecord(long id, int position, String title, String url) {}
