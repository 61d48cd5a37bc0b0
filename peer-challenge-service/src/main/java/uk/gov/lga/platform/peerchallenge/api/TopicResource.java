package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.PUT;
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
import uk.gov.lga.platform.peerchallenge.domain.offer.TopicService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The catalogue of subject-specific challenge topics and their minimum prices. */
@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "The catalogue of subject-specific peer challenges that challenge managers keep: "
        + "a challenge on a topic is charged at least its minimum price.")
public class TopicResource {

    /** 1-80 characters: letters, digits, spaces and & , ' ( ) . - ; starting with a letter or digit, not ending in a space. */
    static final String NAME = "[A-Za-z0-9]([A-Za-z0-9 &,'().-]{0,78}[A-Za-z0-9&,'().-])?";

    private final TopicService topics;
    private final CurrentCaller caller;

    @Inject
    public TopicResource(TopicService topics, CurrentCaller caller) {
        this.topics = topics;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listChallengeTopics", summary = "List the catalogue of subject-specific challenge topics",
            description = "By name; retired topics too unless active=true. Pass the page's next as after for the "
                    + "following page. Callers: anyone signed in. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "One page of topics.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicPage.class)))
    public Page<TopicView> list(
            @Parameter(description = "Only topics new challenges may be booked on.", example = "true")
            @QueryParam("active") @DefaultValue("false") boolean activeOnly,
            @Parameter(description = "The next of the previous page (a topic name).", example = "Planning",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + NAME + "$", maxLength = TOPIC))
            @QueryParam("after") @Pattern(regexp = NAME, message = "must be a topic name") String after,
            @Parameter(description = "Topics per page, 1-500.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(topics.list(after, activeOnly, limit + 1, caller.get()), limit, TopicView::of, t -> t.name);
    }

    @GET
    @Path("/{name}")
    @Authenticated
    @Operation(operationId = "getChallengeTopic", summary = "One topic of the catalogue",
            description = "Callers: anyone signed in. Anonymous: 401. 404 for a name the catalogue does not have.")
    @APIResponse(responseCode = "200", description = "The topic.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class)))
    public TopicView get(@Parameter(description = "The topic's name.", example = "Planning",
                                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + NAME + "$", maxLength = TOPIC))
                         @PathParam("name")
                         @Pattern(regexp = NAME, message = "must be 1-80 letters, digits, spaces and & , ' ( ) . -") String name) {
        return TopicView.of(topics.get(name, caller.get()));
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "putChallengeTopic", summary = "Add a topic to the catalogue or change its terms",
            description = "Sets the minimum price (pounds and pence), whether new challenges may be booked on it, and "
                    + "its description. Charges already recorded keep their amounts. 201 with Location when the topic "
                    + "is new, 200 when it changed; 400 naming each bad field. Callers: challenge-manager, "
                    + "platform-admin. Everyone else 403, anonymous 401.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopicRequest.class),
            examples = @ExampleObject(name = "planning", value = "{\"minimumPrice\": 7500.00, \"active\": true, "
                    + "\"description\": \"How the planning service performs and is led.\"}")))
    @APIResponse(responseCode = "200", description = "The topic's terms changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "201", description = "The topic was added.",
            headers = @Header(name = "Location", description = "The topic's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class)))
    public Response put(@Parameter(description = "The topic's name.", example = "Planning",
                                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + NAME + "$", maxLength = TOPIC))
                         @PathParam("name")
                        @Pattern(regexp = NAME, message = "must be 1-80 letters, digits, spaces and & , ' ( ) . -") String name,
                        @NotNull @Valid TopicRequest request, @Context UriInfo uri) {
        TopicService.Kept kept = topics.put(name, request.terms(), caller.get());
        TopicView view = TopicView.of(kept.topic());
        return kept.created()
                ? Response.created(uri.getAbsolutePath()).entity(view).build()
                : Response.ok(view).build();
    }

    /** The page's schema for the API document. */
    @Schema(name = "TopicPage")
    record TopicPage(@Schema(required = true) List<TopicView> items,
                     @Schema(description = "Pass as after for the next page; absent on the last.", maxLength = TOPIC,
                             pattern = "^" + NAME + "$", examples = "Planning") String next) {
    }
}
