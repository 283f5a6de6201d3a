-- Visits recorded in an outreach round (docs/adr/0022-outreach-rounds.md): the round, the id the phone page
-- generated for the visit (a resubmission with the same id is the same visit), the hash of what was submitted
-- (a resubmission with other content is refused), and the children met. Historical and imported visits keep
-- these empty.
ALTER TABLE outreach_visit ADD COLUMN round_id BIGINT;
ALTER TABLE outreach_visit ADD COLUMN client_id VARCHAR(36);
ALTER TABLE outreach_visit ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE outreach_visit ADD CONSTRAINT outreach_visit_round_fk FOREIGN KEY (round_id) REFERENCES outreach_round (id);
ALTER TABLE outreach_visit ADD CONSTRAINT outreach_visit_client_unique UNIQUE (client_id);
CREATE INDEX outreach_visit_round ON outreach_visit (round_id);

-- One child met on a visit: identity as told, the findings, whether action is needed, the registry person it was
-- linked to (ADR 0013) and the case a finding became (channel OUTREACH).
CREATE TABLE outreach_visit_child (
    visit_id        BIGINT        NOT NULL,
    child_index     INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    age             INT           NOT NULL,
    sex             VARCHAR(1)    NOT NULL,
    nik             VARCHAR(16),
    findings        VARCHAR(2000),
    action_needed   BOOLEAN       NOT NULL,
    category        VARCHAR(40),
    person_id       BIGINT,
    case_id         BIGINT,
    PRIMARY KEY (visit_id, child_index),
    CONSTRAINT outreach_visit_child_visit_fk FOREIGN KEY (visit_id) REFERENCES outreach_visit (id),
    CONSTRAINT outreach_visit_child_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT outreach_visit_child_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT outreach_visit_child_age_check CHECK (age >= 0 AND age < 18)
);
CREATE INDEX outreach_visit_child_person ON outreach_visit_child (person_id);
