-- E-mails to send, written in the same transaction as the event that causes them (a task created or
-- assigned, a referral sent, declined or reported) and delivered by any node: a node claims due rows
-- (claimed_by / claimed_until, a lease) before it sends, so two nodes never send the same row; a lease
-- that ran out (a node died mid-send) lets another node resend, with the same message_id.
-- Bodies carry a case number, a task name, a deadline and a link only: never a child's identity.
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id                BIGINT        NOT NULL,
    message_id        VARCHAR(200)  NOT NULL,
    notification_type VARCHAR(40)   NOT NULL,
    reference         VARCHAR(100),
    recipient         VARCHAR(254)  NOT NULL,
    recipient_user_id VARCHAR(64),
    subject           VARCHAR(300)  NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error        VARCHAR(1000),
    claimed_by        VARCHAR(100),
    claimed_until     TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_message_pk PRIMARY KEY (id),
    CONSTRAINT outbox_message_message_id_unique UNIQUE (message_id),
    CONSTRAINT outbox_message_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_reference ON outbox_message (reference);
