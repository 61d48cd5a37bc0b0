-- The communities the Knowledge Hub opens with. Those that ran on the old platform keep their
-- original start dates.
INSERT INTO community (id, name, description, theme, migrated_from_old_platform, created_at) VALUES
('finance-leaders', 'Finance leaders',
 'Section 151 officers and finance directors comparing medium-term financial plans, reserves strategies and '
 || 'budget-gap savings, and sharing early sight of pressures before they become a crisis.',
 'Finance and resources', TRUE, '2009-05-11T09:00:00Z'),
('adult-social-care-improvement', 'Adult social care improvement',
 'Directors and managers of adult social care sharing what works on demand management, market shaping, '
 || 'hospital discharge and the use of peer review to prepare for assurance.',
 'Adult social care', TRUE, '2010-02-01T09:00:00Z'),
('scrutiny-network', 'Scrutiny network',
 'Scrutiny officers and councillors on overview and scrutiny committees strengthening member challenge of '
 || 'performance: work programming, holding the executive to account and follow-up of peer challenge findings.',
 'Governance and scrutiny', TRUE, '2008-10-20T09:00:00Z'),
('digital-councils', 'Digital councils',
 'Heads of digital and transformation sharing service design patterns, shared platforms and the data needed to '
 || 'run councils well, so each council does not build the same thing alone.',
 'Digital and data', FALSE, '2026-04-01T09:00:00Z'),
('climate-and-net-zero', 'Climate and net zero',
 'Officers and members turning climate emergency declarations into delivery: carbon accounting, retrofit, '
 || 'local energy and working with partners across the place.',
 'Climate and environment', FALSE, '2026-04-01T09:00:00Z'),
('peer-challenge-alumni', 'Peer challenge alumni',
 'Member, chief executive and officer peers who have served on corporate and subject-specific peer challenges, '
 || 'sharing lessons, keeping their skills current and offering support to councils after a challenge.',
 'Sector-led improvement', FALSE, '2026-04-01T09:00:00Z');
