package ai.xseven.business;

import java.util.List;

public record BusinessDetails(
    BusinessProfile profile, List<CatalogEntry> catalog, List<OpeningPeriod> openingHours) {}
