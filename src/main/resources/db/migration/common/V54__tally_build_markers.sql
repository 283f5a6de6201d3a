-- The referral and timeliness tallies (V51, V52) are built at the first start by their marker too (ADR 0036), as the
-- task stages are: their former test ("no parts yet") could be fooled by a change made before the build began. Each
-- is rebuilt once, in the background, at the first start after this migration.
INSERT INTO report_tally_build (tally) VALUES ('referrals');
INSERT INTO report_tally_build (tally) VALUES ('timeliness');
