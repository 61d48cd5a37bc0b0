-- The rest of a council's political control as LG Inform publishes it (PoliticalControlChanged): the leader's
-- party, and whether the record is one of the demo data's made-up ones.
ALTER TABLE organisation
    ADD COLUMN leader_party      VARCHAR(60),
    ADD COLUMN control_synthetic BOOLEAN NOT NULL DEFAULT FALSE;

-- Fire and rescue authorities carry ONS codes of the entity E31 (E31000001 ...).
ALTER TABLE organisation
    ADD CONSTRAINT organisation_fire_authority_code CHECK (kind <> 'FIRE_AND_RESCUE' OR code ~ '^E31[0-9]{6}$');
