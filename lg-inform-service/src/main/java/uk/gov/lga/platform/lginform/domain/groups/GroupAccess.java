package uk.gov.lga.platform.lginform.domain.groups;

import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

/**
 * Who may do what with custom groups. A group belongs to the council of the officer who made it (any officer
 * of that council may see or delete it) or to the benchmarking club that made it; the clubs it names may see
 * it, not delete it; platform admins may do both. Anyone sees the built-in groups.
 */
public record GroupAccess(Caller caller) {

    /** The council the caller is an officer of; null for anyone else. */
    public String council() {
        return caller.councilOfOfficer().map(GssCode::value).orElse(null);
    }

    /** The client id of a benchmarking club; null for anyone else. */
    public String club() {
        return caller.club();
    }

    public boolean admin() {
        return caller.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** An officer with a council or a benchmarking club, for whom a group is made. */
    public boolean mayCreate() {
        return council() != null || club() != null;
    }

    /** Whether any custom group can be shared with the caller at all. */
    public boolean seesAnyCustomGroup() {
        return admin() || mayCreate();
    }

    /** The group belongs to the caller's council or to the caller's club. */
    public boolean owns(CustomGroup group) {
        String council = council();
        String club = club();
        return (council != null && council.equals(group.ownerCouncil)) || (club != null && club.equals(group.ownerClient));
    }

    /** Its owner, the clubs it names and platform admins see a custom group; for anyone else it does not exist. */
    public boolean canSee(CustomGroup group) {
        return admin() || owns(group) || (club() != null && group.clubs.contains(club()));
    }

    public boolean mayDelete(CustomGroup group) {
        return admin() || owns(group);
    }

    /**
     * The one rule for early-sight data, wherever it is read ({@code GET /early-sight/values}, a council's returns):
     * before its release, a return shared with this group is seen by officers of the group's member councils (the
     * submitting council is always one), the clubs it names, its owner club and platform admins. Nobody else, LGA
     * advisers included, learns that it exists.
     */
    public boolean seesEarlySight(CustomGroup group) {
        String council = council();
        String club = club();
        return admin() || (council != null && group.members.contains(council))
                || (club != null && (group.clubs.contains(club) || club.equals(group.ownerClient)));
    }
}
