package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.core.internal.PageDescription;

/**
 * How ARMS's list operations page, as data for the paginators of {@link ArmsClient} and
 * {@link ArmsAsyncClient}.
 */
final class ArmsPaging {
    /** {@code searchAlertContact}: {@code currentPage} selects the page, {@code totalCount} says when to stop; the answer's {@code pageNumber} shows progress. */
    static final PageDescription<SearchAlertContactRequest, SearchAlertContactResponse, AlertContact> SEARCH_ALERT_CONTACT =
            PageDescription.of(
                    (r, n) -> r.toBuilder().currentPage(n).build(),
                    SearchAlertContactRequest::currentPage,
                    SearchAlertContactRequest::pageSize,
                    SearchAlertContactResponse::contacts,
                    SearchAlertContactResponse::totalCount,
                    SearchAlertContactResponse::pageNumber);

    private ArmsPaging() {
    }
}
