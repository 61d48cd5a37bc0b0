package uk.gov.lga.platform.lginform.domain.groups;

/**
 * Who is looking at comparison groups, as far as custom groups care: the council they are an officer of,
 * the benchmarking club (client id) they are, whether they are a platform admin. Anyone sees the built-in groups.
 */
public record GroupViewer(String name, String council, String club, boolean admin) {

    public static final GroupViewer ANONYMOUS = new GroupViewer("anonymous", null, null, false);

    /** The group belongs to the viewer's council or to the viewer's club. */
    public boolean owns(CustomGroup group) {
        return (council != null && council.equals(group.ownerCouncil)) || (club != null && club.equals(group.ownerClient));
    }

    /** Its owner, the clubs it names and platform admins see a custom group; for anyone else it does not exist. */
    public boolean canSee(CustomGroup group) {
        return admin || owns(group) || (club != null && group.clubs.contains(club));
    }

    public boolean mayDelete(CustomGroup group) {
        return admin || owns(group);
    }
}
