package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferEntry;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferService;
import uk.gov.lga.platform.peerchallenge.domain.offer.SupportUse;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.idempotency.IdempotentRequests;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The improvement offer of one council or fire and rescue authority: its entitlements and its ledger. */
@Path("/councils/{gssCode}/offer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offer", description = "The improvement offer as a ledger: entitlements per three-year cycle, every grant, "
        + "use, expiry and charge as an entry, balances derived from the entries.")
public class OfferResource {

    static final String GSS_CODE = "The council's GSS code, or a fire and rescue authority's ONS code.";
    static final String READERS = "Callers: council-officer of this organisation (token claim council = gssCode), "
            + "challenge-manager, lga-adviser, platform-admin. Another council's officer, an officer without a council "
            + "claim, peer, radar-analyst, benchmarking-club: 403. Anonymous: 401. Unknown organisation: 404.";
    static final String DAYS_RULES = "Days are drawn from the grants usable on usedOn, soonest to expire first. 409 "
            + "problem when none was ever granted, when every grant has expired (member peer support is usable for 12 "
            + "months from the change of control), or when days exceed the balance; 400 naming each bad field, 422 for "
            + "a usedOn in the future. Send an Idempotency-Key to make a retry safe: the same key and body answer as "
            + "the first time without using the days twice. 201 with the entries written, the balance after them and "
            + "Location of the first entry.";
    static final String USE_EXAMPLE = "{\"days\": 2, \"usedOn\": \"2026-06-10\", "
            + "\"reason\": \"Two days of mentoring for the new leader by a member peer.\"}";

    private final OfferService offers;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final CurrentCaller caller;

    @Inject
    public OfferResource(OfferService offers, IdempotentRequests idempotency, ObjectMapper json, CurrentCaller caller) {
        this.offers = offers;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getCouncilOffer", summary = "A council's entitlements of the improvement offer",
            description = "The current three-year cycle (from 1 April, UK time) and each entitlement with its status "
                    + "and balance: the free corporate peer challenge, leadership-programme places per financial year, "
                    + "member peer support and scrutiny support; and the charges of its subject-specific challenges. "
                    + READERS + " 400 naming gssCode when it is not a GSS code.")
    @APIResponse(responseCode = "200", description = "The offer as it stands today.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferView.class)))
    public OfferView get(@Parameter(description = GSS_CODE, example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) @PathParam("gssCode") @ValidGssCode String gssCode) {
        return OfferView.of(offers.forCouncil(GssCode.of(gssCode), caller.get()));
    }

    @GET
    @Path("/entries")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listOfferEntries", summary = "A council's offer ledger, newest first",
            description = "Every grant, use, expiry, charge and release of the organisation: who recorded it, when, why "
                    + "and from what source (event or request). Optionally of one entitlement. Pass the page's next as "
                    + "after for the following page. " + READERS)
    @APIResponse(responseCode = "200", description = "One page of entries, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferEntryPage.class)))
    public Page<OfferEntryView> entries(
            @Parameter(description = GSS_CODE, example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) @PathParam("gssCode") @ValidGssCode String gssCode,
            @Parameter(description = "Only entries of this entitlement.", example = "MEMBER_PEER_SUPPORT",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(" + ENTITLEMENTS + ")$", maxLength = CONSTANT_LENGTH))
            @QueryParam("entitlement") @Pattern(regexp = ENTITLEMENTS, message = "must be one of " + ENTITLEMENTS) String entitlement,
            @Parameter(description = "The next of the previous page: entries recorded before that one.", example = "118",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX))
            @QueryParam("after") @Min(1) Long after,
            @Parameter(description = "Entries per page, 1-500.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(offers.entries(GssCode.of(gssCode), entitlement == null ? null : EntitlementKind.valueOf(entitlement),
                after, limit + 1, caller.get()), limit, OfferEntryView::of, e -> e.id.toString());
    }

    @GET
    @Path("/entries/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getOfferEntry", summary = "One entry of a council's offer ledger",
            description = READERS + " 404 when the organisation has no such entry.")
    @APIResponse(responseCode = "200", description = "The entry.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferEntryView.class)))
    public OfferEntryView entry(@Parameter(description = GSS_CODE, example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) @PathParam("gssCode") @ValidGssCode String gssCode,
                                @Parameter(description = "The entry's id.", example = "118",
                                        schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX))
                                @PathParam("id") @Min(1) long id) {
        return OfferEntryView.of(offers.entry(GssCode.of(gssCode), id, caller.get()));
    }

    @POST
    @Path("/member-peer-support/uses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "useMemberPeerSupport", summary = "Record member peer support days a council used",
            description = "Up to 5 free days of member peer support follow each change of the council's political "
                    + "control (granted by PoliticalControlChanged from LG Inform). " + DAYS_RULES
                    + " Callers: challenge-manager. Everyone else 403, anonymous 401; unknown organisation 404.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupportUseRequest.class),
            examples = @ExampleObject(name = "two days", value = USE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The days were used.",
            headers = @Header(name = "Location", description = "The first entry written.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportUseView.class)))
    public Response useMemberPeerSupport(@Parameter(description = GSS_CODE, example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) @PathParam("gssCode") @ValidGssCode String gssCode,
                                         @Parameter(description = "Makes a retry safe.",
                                                 schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = NOT_BLANK)) @HeaderParam(IdempotentRequests.HEADER) String key,
                                         @NotNull @Valid SupportUseRequest request, @Context UriInfo uri) {
        return useDays(gssCode, EntitlementKind.MEMBER_PEER_SUPPORT, key, request, uri);
    }

    @POST
    @Path("/scrutiny-support/uses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "useScrutinySupport", summary = "Record scrutiny-support days a council used",
            description = "6 free days of scrutiny support follow a peer challenge that found member challenge of "
                    + "performance weak; they do not expire. " + DAYS_RULES
                    + " Callers: challenge-manager. Everyone else 403, anonymous 401; unknown organisation 404.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupportUseRequest.class),
            examples = @ExampleObject(name = "two days", value = USE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The days were used.",
            headers = @Header(name = "Location", description = "The first entry written.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportUseView.class)))
    public Response useScrutinySupport(@Parameter(description = GSS_CODE, example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) @PathParam("gssCode") @ValidGssCode String gssCode,
                                       @Parameter(description = "Makes a retry safe.",
                                               schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = NOT_BLANK)) @HeaderParam(IdempotentRequests.HEADER) String key,
                                       @NotNull @Valid SupportUseRequest request, @Context UriInfo uri) {
        return useDays(gssCode, EntitlementKind.SCRUTINY_SUPPORT, key, request, uri);
    }

    @POST
    @Path("/leadership-places")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "recordLeadershipPlace", summary = "Record the leadership-programme place a council took up",
            description = "One subsidised leadership-programme place per council per financial year: 409 problem when "
                    + "the year's place is already taken; 422 naming financialYear when it is not a year from 2011/12 "
                    + "to the last of the current cycle. The delegate's name is kept beside the ledger and never shown "
                    + "in the offer. Callers: challenge-manager, platform-admin. Everyone else 403, anonymous 401; "
                    + "unknown organisation 404. 201 with the USE entry and its Location.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeadershipPlaceRequest.class),
            examples = @ExampleObject(name = "this year", value = "{\"financialYear\": \"2026/27\", \"delegateName\": \"Jo Bloggs\"}")))
    @APIResponse(responseCode = "201", description = "The place was taken.",
            headers = @Header(name = "Location", description = "The USE entry.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferEntryView.class)))
    public Response recordLeadershipPlace(@Parameter(description = GSS_CODE, example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) @PathParam("gssCode") @ValidGssCode String gssCode,
                                          @NotNull @Valid LeadershipPlaceRequest request, @Context UriInfo uri) {
        OfferEntry use = offers.takeLeadershipPlace(GssCode.of(gssCode), request.financialYear(),
                request.delegateName().strip(), caller.get());
        return Response.created(entryUri(uri, gssCode, use.id)).entity(OfferEntryView.of(use)).build();
    }

    private Response useDays(String gssCode, EntitlementKind kind, String key, SupportUseRequest request, UriInfo uri) {
        Caller user = caller.get();
        byte[] asked;
        try {
            asked = (uri.getPath() + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return idempotency.once(user.name(), key, asked, () -> {
            SupportUse use = offers.useDays(GssCode.of(gssCode), kind, request.days(), request.usedOn(),
                    request.reason().strip(), key, user);
            return new IdempotentRequests.Outcome(201, entryUri(uri, gssCode, use.entries().get(0).id),
                    SupportUseView.of(use));
        });
    }

    private static URI entryUri(UriInfo uri, String gssCode, long id) {
        return uri.getBaseUriBuilder().path("councils").path(gssCode).path("offer").path("entries")
                .path(Long.toString(id)).build();
    }

    static final String ENTITLEMENTS = "FREE_CORPORATE_PEER_CHALLENGE|SUBJECT_SPECIFIC_CHALLENGE|"
            + "LEADERSHIP_PROGRAMME_PLACE|MEMBER_PEER_SUPPORT|SCRUTINY_SUPPORT";

    /** The page's schema for the API document (a generic Page has none of its own). */
    @Schema(name = "OfferEntryPage")
    record OfferEntryPage(@Schema(required = true) List<OfferEntryView> items,
                          @Schema(description = "Pass as after for the next page; absent on the last.", examples = "17") String next) {
    }
}
