package uk.datashares.vocabulary;

/** Who approved the share. */
public enum ApprovalBody {
    DSAP,
    DMAP,
    NPD_TEAM,
    COURT,
    OTHER,
    NOT_RECORDED;
}
