-- Team proposals for a challenge, each with its explanation: the seats (peer, role, the score's parts, what each
-- covers, every rule checked with its reason), how many candidates each rule excluded, and the team rules no team
-- could meet. seat_no is set on a replacement for one seat of a confirmed team.
CREATE TABLE team_proposal (
    id                    BIGSERIAL    PRIMARY KEY,
    challenge_id          BIGINT       NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    seat_no               INTEGER      CHECK (seat_no >= 1),
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('PROPOSED', 'NO_TEAM_FITS', 'CONFIRMED', 'SUPERSEDED')),
    team_size             INTEGER      NOT NULL CHECK (team_size >= 1),
    candidates_considered INTEGER      NOT NULL CHECK (candidates_considered >= 0),
    eligible              INTEGER      NOT NULL CHECK (eligible >= 0),
    score                 INTEGER      NOT NULL,
    proposed_by           VARCHAR(200) NOT NULL,
    proposed_at           TIMESTAMPTZ  NOT NULL,
    confirmed_by          VARCHAR(200),
    confirmed_at          TIMESTAMPTZ,
    version               INTEGER      NOT NULL DEFAULT 0,
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);
CREATE INDEX team_proposal_challenge ON team_proposal (challenge_id, id);

CREATE TABLE team_proposal_seat (
    proposal_id       BIGINT         NOT NULL REFERENCES team_proposal (id) ON DELETE CASCADE,
    seat_no           INTEGER        NOT NULL CHECK (seat_no >= 1),
    peer_id           BIGINT         NOT NULL REFERENCES peer (id),
    role              VARCHAR(30)    NOT NULL CHECK (role IN ('LEAD_MEMBER_PEER', 'MEMBER_PEER', 'CHIEF_EXECUTIVE_PEER',
                                                              'OFFICER_PEER', 'EXPERT')),
    score             INTEGER        NOT NULL,
    lead_party        INTEGER        NOT NULL,
    cross_party       INTEGER        NOT NULL,
    expertise         INTEGER        NOT NULL,
    outside_region    INTEGER        NOT NULL,
    shares_the_load   INTEGER        NOT NULL,
    feedback          INTEGER        NOT NULL,
    covers            VARCHAR(200)[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (proposal_id, seat_no)
);

CREATE TABLE team_proposal_check (
    proposal_id BIGINT       NOT NULL REFERENCES team_proposal (id) ON DELETE CASCADE,
    seat_no     INTEGER      NOT NULL,
    rule        VARCHAR(40)  NOT NULL,
    detail      VARCHAR(400) NOT NULL,
    PRIMARY KEY (proposal_id, seat_no, rule)
);

CREATE TABLE team_proposal_exclusion (
    proposal_id BIGINT      NOT NULL REFERENCES team_proposal (id) ON DELETE CASCADE,
    rule        VARCHAR(40) NOT NULL,
    excluded    INTEGER     NOT NULL CHECK (excluded >= 0),
    PRIMARY KEY (proposal_id, rule)
);

CREATE TABLE team_proposal_shortfall (
    proposal_id BIGINT       NOT NULL REFERENCES team_proposal (id) ON DELETE CASCADE,
    rule        VARCHAR(40)  NOT NULL,
    detail      VARCHAR(400) NOT NULL,
    PRIMARY KEY (proposal_id, rule)
);

-- A seat of a challenge's team: the invitation a confirmed proposal sends and the peer's answer. One live
-- (invited or accepted) invitation per seat; a declined seat is filled by a replacement's new invitation.
CREATE TABLE team_seat (
    id           BIGSERIAL    PRIMARY KEY,
    challenge_id BIGINT       NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    seat_no      INTEGER      NOT NULL CHECK (seat_no >= 1),
    peer_id      BIGINT       NOT NULL REFERENCES peer (id),
    role         VARCHAR(30)  NOT NULL CHECK (role IN ('LEAD_MEMBER_PEER', 'MEMBER_PEER', 'CHIEF_EXECUTIVE_PEER',
                                                        'OFFICER_PEER', 'EXPERT')),
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED')),
    proposal_id  BIGINT       NOT NULL REFERENCES team_proposal (id),
    invited_at   TIMESTAMPTZ  NOT NULL,
    answered_at  TIMESTAMPTZ,
    version      INTEGER      NOT NULL DEFAULT 0,
    CHECK ((status = 'INVITED') = (answered_at IS NULL))
);
CREATE UNIQUE INDEX team_seat_one_live_invitation ON team_seat (challenge_id, seat_no) WHERE status IN ('INVITED', 'ACCEPTED');
CREATE UNIQUE INDEX team_seat_peer_once_live ON team_seat (challenge_id, peer_id) WHERE status IN ('INVITED', 'ACCEPTED');
-- the candidates query sums each peer's live seats
CREATE INDEX team_seat_peer ON team_seat (peer_id, status);
