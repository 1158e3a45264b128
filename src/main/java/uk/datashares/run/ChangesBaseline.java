package uk.datashares.run;

import java.util.List;
import java.util.Optional;

import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.store.ReleaseRecord;
import uk.datashares.store.ReleaseRepository;

/**
 * Whether a release's edition_changes table still counts its changes against what is published
 * of the edition before it (SPEC §4: changes since the previous edition present in the
 * database). A release compares with the current revision of the edition before it as that was
 * when it was published. When an edition in between has been back-filled, or the edition before
 * has since been revised so that the table's counts would differ, the table is out of date and
 * the edition is published again. A revision of the edition before that leaves the counts as they
 * were (a corrected purpose, say, or a corrected name of a share counted as changed anyway)
 * changes nothing, so one correction is not carried through every later edition as revisions
 * that say "Nothing changed". That finding is recorded, so later runs do not count again.
 */
final class ChangesBaseline {

    private final ReleaseRepository releases;
    private final EditionChanges changes;

    ChangesBaseline(ReleaseRepository releases, EditionChanges changes) {
        this.releases = releases;
        this.changes = changes;
    }

    /**
     * Why {@code release}'s changes no longer compare with the edition before it, given the
     * current release of every edition; empty while they still do.
     */
    Optional<String> moved(ReleaseRecord release, List<ReleaseRecord> currentOfEach) {
        Optional<ReleaseRecord> before = currentOfEach.stream()
                .filter(r -> r.edition().compareTo(release.edition()) < 0)
                .reduce((earlier, later) -> later);
        Long then = release.changesComparedLoad();
        if (before.isPresent() ? then != null && then == before.get().loadId() : then == null) {
            return Optional.empty(); // the common case: compared with what is still current
        }
        Optional<ReleaseRecord> comparedWith = then == null ? Optional.empty() : releases.ofLoad(then);
        if (before.isEmpty()) {
            return Optional.of(countedAgainst(release, comparedWith) + "; no edition before it is published now.");
        }
        ReleaseRecord now = before.get();
        boolean revised = comparedWith.isPresent() && comparedWith.get().edition().equals(now.edition());
        if (revised && countsStillHold(release, then, now)) {
            return Optional.empty();
        }
        String since = revised ? now.edition() + " is now at r" + now.revision() + ", against which the changes count differently."
                : now.edition() + " r" + now.revision() + " has been published since, the edition before it now.";
        return Optional.of(countedAgainst(release, comparedWith) + "; " + since);
    }

    private boolean countsStillHold(ReleaseRecord release, long then, ReleaseRecord now) {
        if (releases.changesStillHold(release.loadId(), now.loadId())) {
            return true;
        }
        boolean hold = changes.same(then, now.loadId()) || changes.sameCounts(then, now.loadId(), release.loadId());
        if (hold) {
            releases.recordChangesStillHold(release.loadId(), now.loadId());
        }
        return hold;
    }

    private static String countedAgainst(ReleaseRecord release, Optional<ReleaseRecord> comparedWith) {
        return "r" + release.revision() + " counted its changes since the previous edition against "
                + comparedWith.map(r -> r.edition() + " r" + r.revision()).orElse("no earlier edition (every share added)");
    }
}
