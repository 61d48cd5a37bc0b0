package uk.gov.lga.platform.peerchallenge.domain.organisations;

/** A fire and rescue authority a platform admin registers: its ONS code (E31...), name, kind and region. */
public record NewFireAuthority(String code, String name, FireAuthorityKind kind, String region) {
}
