package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

/** The improvement offer as it stands for one council. */
@Path("/councils/{gssCode}/offer")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final OfferService offers;
    private final CurrentCaller caller;

    @Inject
    public OfferResource(OfferService offers, CurrentCaller caller) {
        this.offers = offers;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "A council's entitlements of the improvement offer",
            description = "The current three-year cycle (from 1 April) and each entitlement with its status: the free "
                    + "corporate peer challenge, leadership-programme places per financial year, member peer support "
                    + "and scrutiny support. Council officers of this council only (token claim council = gssCode), "
                    + "challenge managers, LGA advisers and platform admins: 401 without a token, 403 for anyone "
                    + "else, 400 naming gssCode when it is not a GSS code.")
    public OfferView get(@PathParam("gssCode") @ValidGssCode String gssCode) {
        return OfferView.of(offers.forCouncil(GssCode.of(gssCode), caller.get()));
    }
}
