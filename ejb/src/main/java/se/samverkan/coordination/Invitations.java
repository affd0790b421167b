package se.samverkan.coordination;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import se.samverkan.platform.WebAddresses;
import se.samverkan.platform.mail.MailOutbox;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;

/**
 * Sends a member the invitation to their group and records when. The mail goes through the
 * outbox, in the transaction of the change: if that fails, no invitation leaves. Must be called
 * inside a {@link se.samverkan.tenancy.SpaceScoped} service transaction, by someone who leads the
 * group (the caller checks that through {@link GroupAccess#ledByCaller}).
 */
@Dependent
public class Invitations {

  @Inject CurrentSpace currentSpace;
  @Inject MailOutbox outbox;
  @Inject Clock clock;

  @Inject WebAddresses addresses;

  void invite(CoordinationGroup group, GroupMember member) {
    String email = member.email().orElseThrow(() ->
        new InvalidInputException("email", "the member has no e-mail address to send an invitation to"));
    Space space = currentSpace.get();
    outbox.queue(new InvitationMail(
        member.name(),
        email,
        member.role(),
        member.periodStart(),
        member.periodEnd(),
        group.name(),
        space.name(),
        space.caller().displayName(),
        addresses.page(space.tenant(), "group?id=" + group.id())).toMail());
    member.invited(clock.instant());
  }
}
