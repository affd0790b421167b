package se.samverkan.followup.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Optional;
import se.samverkan.followup.IndicatorKind;
import se.samverkan.followup.IndicatorRow;
import se.samverkan.followup.ReviewService;
import se.samverkan.followup.ReviewStepKind;
import se.samverkan.followup.SubmissionDetails;
import se.samverkan.followup.SubmittedAnswer;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * RUG's review of one submission ({@code id} in the address): what the group submitted, under the
 * indicators of its set, the round's history, and the steps RUG may take (approve, return with a
 * comment, reopen an approved one).
 */
@Named
@RequestScoped
public class FollowUpReviewPage {

  static final String FORM = "review-form";

  @Inject ReviewService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long id;
  private SubmissionDetails details;
  private String comment;

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
  }

  public void load() throws IOException {
    try {
      getDetails();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    } catch (AccessDeniedException e) {
      Pages.forbidden(e.getMessage());
    }
  }

  public String approve() throws IOException {
    return step(ReviewStepKind.APPROVED, "followup.review.approved");
  }

  public String giveBack() throws IOException {
    return step(ReviewStepKind.RETURNED, "followup.review.returned");
  }

  public String reopen() throws IOException {
    return step(ReviewStepKind.REOPENED, "followup.review.reopened");
  }

  private String step(ReviewStepKind step, String done) throws IOException {
    try {
      service.review(id, step, Optional.ofNullable(comment), getDetails().submission().version());
      Pages.doneThenGo(done, currentSpace.get().tenant().value(), "followup-review?id=" + id);
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, "comment", Messages.textOr("followup.invalid." + e.field(), e.getMessage()));
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("followup.conflict");
    } catch (ConflictException e) {
      Pages.error("followup.review.illegal");
    } catch (AccessDeniedException e) {
      Pages.error("followup.forbidden");
    }
    return null;
  }

  public SubmissionDetails getDetails() {
    if (details == null) {
      details = service.submission(id);
    }
    return details;
  }

  /** The submitted answer as text for the page: a table's rows joined, the figures apart. */
  public String answerText(IndicatorRow indicator) {
    SubmittedAnswer answer = getDetails().answerTo(indicator.id()).orElse(null);
    if (answer == null) {
      return "";
    }
    var value = answer.value();
    return switch (indicator.kind()) {
      case TEXT, RECORDED_COUNT -> value.text().orElse("");
      case NUMBER -> value.number().map(n -> n.toPlainString()).orElse("");
      case CHOICE -> value.choice().orElse("");
      case TABLE -> String.join("\n", value.table().stream().map(r -> String.join(FollowUpPage.CELLS, r)).toList());
    };
  }

  public boolean hasFigures(IndicatorRow indicator) {
    return indicator.kind() == IndicatorKind.RECORDED_COUNT && getDetails().answerTo(indicator.id()).isPresent();
  }

  public boolean isWaiting() {
    return getDetails().latest() && getDetails().submission().status().name().equals("SUBMITTED");
  }

  public boolean isApproved() {
    return getDetails().latest() && getDetails().submission().status().name().equals("APPROVED");
  }

  public long getId() {
    return id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
