-- Outreach rounds (penjangkauan, issue 9, docs/adr/0022-outreach-rounds.md): a supervisor plans a round of visits
-- to villages of one regency in a period with a team and a focus; team members record visits (outreach_visit,
-- V35) until the supervisor closes the round with a summary. The round belongs to its regency (region scope,
-- ADR 0012); district and village codes stay empty (a round spans villages).
CREATE SEQUENCE outreach_round_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outreach_round (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    regency_code         VARCHAR(4)    NOT NULL,
    district_code        VARCHAR(6),
    village_code         VARCHAR(10),
    period_start         DATE          NOT NULL,
    period_end           DATE          NOT NULL,
    focus_other          VARCHAR(200),
    status               VARCHAR(10)   NOT NULL,
    summary              VARCHAR(4000),
    process_instance_id  VARCHAR(64),
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by            VARCHAR(64),
    closed_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT outreach_round_period_check CHECK (period_end >= period_start)
);
CREATE INDEX outreach_round_regency ON outreach_round (regency_code, status);

CREATE TABLE outreach_round_village (
    round_id      BIGINT        NOT NULL,
    village_code  VARCHAR(10)   NOT NULL,
    PRIMARY KEY (round_id, village_code),
    CONSTRAINT outreach_round_village_round_fk FOREIGN KEY (round_id) REFERENCES outreach_round (id)
);

CREATE TABLE outreach_round_member (
    round_id  BIGINT        NOT NULL,
    user_id   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (round_id, user_id),
    CONSTRAINT outreach_round_member_round_fk FOREIGN KEY (round_id) REFERENCES outreach_round (id)
);
-- "Which open rounds am I in?" of the phone page.
CREATE INDEX outreach_round_member_user ON outreach_round_member (user_id);

CREATE TABLE outreach_round_focus (
    round_id  BIGINT        NOT NULL,
    focus     VARCHAR(30)   NOT NULL,
    PRIMARY KEY (round_id, focus),
    CONSTRAINT outreach_round_focus_round_fk FOREIGN KEY (round_id) REFERENCES outreach_round (id)
);
