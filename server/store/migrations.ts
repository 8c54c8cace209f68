/**
 * Versioned schema migrations, applied in order inside one transaction each; the database's
 * PRAGMA user_version records how many have run. A migration is never edited once released: a
 * change to the schema is a new entry at the end.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: documents, paragraphs, beads, history, glossary.
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    title_ar TEXT NOT NULL DEFAULT '',
    source_url_en TEXT NOT NULL DEFAULT '',
    source_url_ar TEXT NOT NULL DEFAULT '',
    published_en TEXT,
    published_ar TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'locked')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('en', 'ar')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    boilerplate TEXT,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX paragraphs_by_document ON paragraphs (document_id, side, position);
  CREATE TABLE beads (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected')),
    score REAL NOT NULL,
    signals TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX beads_by_document ON beads (document_id, position);
  CREATE TABLE bead_paragraphs (
    bead_id INTEGER NOT NULL REFERENCES beads(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL UNIQUE REFERENCES paragraphs(id) ON DELETE CASCADE,
    PRIMARY KEY (bead_id, paragraph_id)
  );
  CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    before_value TEXT,
    after_value TEXT
  );
  CREATE INDEX history_by_document ON history (document_id, id);
  CREATE TABLE glossary (
    id INTEGER PRIMARY KEY,
    ar TEXT NOT NULL,
    en TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'term',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (ar, en)
  );
  `,
  // 2: findings of the checks, per paragraph or pair, with dismissals remembered by text hash.
  `
  CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    bead_id INTEGER REFERENCES beads(id) ON DELETE CASCADE,
    paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    side TEXT NOT NULL,
    start_offset INTEGER,
    end_offset INTEGER,
    params TEXT NOT NULL DEFAULT '{}',
    suggestion TEXT,
    text_hash TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed'))
  );
  CREATE INDEX findings_by_document ON findings (document_id, status);
  CREATE INDEX findings_by_bead ON findings (bead_id);
  CREATE INDEX findings_by_paragraph ON findings (paragraph_id);
  `,
  // 3: accounts and sessions; history entries know their kind and whether they were undone.
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'translator', 'copy-editor', 'viewer')),
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  ALTER TABLE history ADD COLUMN kind TEXT NOT NULL DEFAULT 'other';
  ALTER TABLE history ADD COLUMN undo_state TEXT NOT NULL DEFAULT 'done' CHECK (undo_state IN ('done', 'undone', 'discarded'));
  CREATE INDEX history_by_user ON history (user_name, id);
  `,
  // 4: settings of this installation (the secret that signs CSRF tokens, …).
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // 5: undo/redo look up a document's undone changes on every edit.
  `
  CREATE INDEX history_by_undo_state ON history (document_id, undo_state, id);
  `,
  // 6: findings are computed per document version; dismissals outlive recomputation.
  `
  ALTER TABLE documents ADD COLUMN findings_version INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE dismissals (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('en', 'ar')),
    check_id TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX dismissals_by_document ON dismissals (document_id);
  `,
  // 7: a finding keeps the few characters it is about (never its paragraph's text), so lists of
  // findings read no paragraph text.
  `
  ALTER TABLE findings ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
  `,
  // 8: bulk changes (replace everywhere, confirm all above, re-align) are previewed before anything
  // is written: what was asked, each occurrence it would change (selectable) and, once applied,
  // what became of each; the history rows one bulk change wrote share its group, undone as one.
  `
  CREATE TABLE bulk_changes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('replace', 'confirm-above', 'realign')),
    user_name TEXT NOT NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('computing', 'ready', 'failed', 'applied', 'cancelled')),
    params TEXT NOT NULL DEFAULT '{}',
    summary TEXT
  );
  CREATE TABLE bulk_occurrences (
    bulk_id INTEGER NOT NULL REFERENCES bulk_changes(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    detail TEXT NOT NULL,
    selected INTEGER NOT NULL DEFAULT 1,
    outcome TEXT,
    PRIMARY KEY (bulk_id, ordinal)
  );
  ALTER TABLE history ADD COLUMN group_id INTEGER;
  CREATE INDEX history_by_group ON history (group_id) WHERE group_id IS NOT NULL;
  `,
  // 9: a glossary entry may be a known variant: another English spelling of an Arabic name, pointing
  // to the approved one (NULL for an approved spelling).
  `
  ALTER TABLE glossary ADD COLUMN variant_of TEXT;
  `,
  // 10: an import waits here between its preview and "Save": the paragraphs and dates read from
  // the files (JSON, never the files' bytes), whose it is, and until when; once saved, the document.
  `
  CREATE TABLE pending_imports (
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    content TEXT NOT NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
  );
  CREATE INDEX pending_imports_by_expiry ON pending_imports (expires_at);
  `,
  // 11: the findings page is a paged grid (sorted by document order, check, severity or date):
  // indexes that serve its orders, and what became of each finding an editor fixed or dismissed
  // (the finding itself leaves the findings table), so the grid can list fixed and dismissed ones.
  `
  CREATE INDEX findings_in_document_order ON findings (document_id, id);
  CREATE INDEX findings_by_check ON findings (check_id, document_id, id);
  CREATE INDEX findings_by_severity ON findings ((CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END), document_id, id);
  CREATE TABLE finding_outcomes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    bead_id INTEGER,
    paragraph_id INTEGER,
    check_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    side TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    suggestion TEXT,
    text_hash TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('fixed', 'dismissed')),
    user_name TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX finding_outcomes_by_outcome ON finding_outcomes (outcome, document_id, id);
  `,
  // 12: ignore lists the team shares: a dismissal keeps its paragraph and the text it was about (for
  // the list of dismissals); ignore rules ("ignore all like this": a check and the normalised text,
  // everywhere); the outlet's accepted words and names, which the spelling and name checks respect.
  `
  ALTER TABLE dismissals ADD COLUMN paragraph_id INTEGER;
  ALTER TABLE dismissals ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';
  CREATE INDEX dismissals_by_time ON dismissals (at, id);
  CREATE TABLE ignore_rules (
    id INTEGER PRIMARY KEY,
    check_id TEXT NOT NULL,
    text_key TEXT NOT NULL,
    text TEXT NOT NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (check_id, text_key)
  );
  CREATE TABLE accepted_words (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('en', 'ar')),
    word TEXT NOT NULL,
    word_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('word', 'name')),
    note TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (lang, word_key)
  );
  `,
  // 13: what each user chose for the interface (the alignment view's density), kept across logins.
  `
  CREATE TABLE user_preferences (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    density TEXT NOT NULL DEFAULT 'normal' CHECK (density IN ('normal', 'compact'))
  );
  `,
  // 14: a deleted document is kept for 30 days (recoverable) before the background purges it: when
  // and by whom it was deleted; every listing skips rows with deleted_at set.
  `
  ALTER TABLE documents ADD COLUMN deleted_at TEXT;
  ALTER TABLE documents ADD COLUMN deleted_by TEXT;
  CREATE INDEX documents_deleted ON documents (deleted_at) WHERE deleted_at IS NOT NULL;
  `,
  // 15: readable history and the audit log's filters. A change to one row or one paragraph keeps
  // the row number it had when it was made (0-based position; NULL for entries written before, and
  // for changes to the whole document), so the history can say "row 7 at the time" once the row
  // has moved or gone. Indexes for the audit filters: by action (a prefix range: "fix" and
  // "fix:…") and by date, each with the id the pages are ordered by.
  `
  ALTER TABLE history ADD COLUMN row_at INTEGER;
  CREATE INDEX history_by_action ON history (action, id);
  CREATE INDEX history_by_time ON history (at, id);
  `,
  // 16: the reviewer's sentence links inside a row: JSON groups {en, ar, score} of sentence indices,
  // auto (edited) or confirmed, and the fingerprint of the row's paragraph texts they were made on
  // (they hold only while it matches). A row is named by its paragraphs' ids ("3,4|17": English,
  // then Arabic), not by its bead id: undoing a merge makes the old rows again under new ids, and
  // their links must come back with them.
  `
  CREATE TABLE sentence_links (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    row_key TEXT NOT NULL,
    links TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('auto', 'confirmed')),
    fingerprint TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (document_id, row_key)
  );
  `,
  // 17: the corpus table at archive scale is filtered, ordered and paged in SQL: one index of the
  // live documents per column it sorts by, each ending with the id that breaks ties.
  `
  CREATE INDEX documents_live_by_updated ON documents (updated_at, id) WHERE deleted_at IS NULL;
  CREATE INDEX documents_live_by_created ON documents (created_at, id) WHERE deleted_at IS NULL;
  CREATE INDEX documents_live_by_published_en ON documents (published_en, id) WHERE deleted_at IS NULL;
  CREATE INDEX documents_live_by_published_ar ON documents (published_ar, id) WHERE deleted_at IS NULL;
  CREATE INDEX documents_live_by_status ON documents (status, id) WHERE deleted_at IS NULL;
  `,
  // 18: whole editions (issue 14). A job is heavy work that outlives a request and a process: its
  // kind, state, stage and progress (done of total in the stage, from stage_started_at on, for the
  // rate and the time left), its parameters (JSON), who started it, and a cancel request. Its
  // runner writes its progress in the same transaction as the work, so a restart resumes where the
  // last committed step ended. Uploaded archive files wait in job_files until the job has read them
  // (in the database, never on one machine's disk). An archive is two editions' articles as read
  // (archive_articles: the archive's own ids, dates, titles, paragraphs as JSON; archive_file_errors:
  // each file that could not be read, with a code), and the pairs proposed between them
  // (archive_pairs: score, evidence JSON, proposed or made by hand, proposed/confirmed/rejected,
  // the document a confirmed pair became). At most one live (not rejected) pair per article on
  // each side; a document is made from at most one pair.
  `
  CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    stage TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    params TEXT NOT NULL DEFAULT '{}',
    result TEXT,
    error TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    stage_started_at TEXT,
    stage_done_at_start INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    runner TEXT,
    heartbeat_at TEXT
  );
  CREATE INDEX jobs_by_state ON jobs (state, id);
  CREATE TABLE job_files (
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (job_id, role)
  );
  CREATE TABLE archives (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    window_days INTEGER NOT NULL,
    threshold REAL NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    paired_at TEXT
  );
  CREATE TABLE archive_articles (
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    edition TEXT NOT NULL CHECK (edition IN ('en', 'ar')),
    article_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    paragraphs TEXT NOT NULL,
    PRIMARY KEY (archive_id, edition, article_id)
  );
  CREATE INDEX archive_articles_by_date ON archive_articles (archive_id, edition, date, article_id);
  CREATE INDEX archive_articles_by_seq ON archive_articles (archive_id, edition, seq);
  CREATE TABLE archive_file_errors (
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    edition TEXT NOT NULL CHECK (edition IN ('en', 'ar')),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (archive_id, edition, name)
  );
  CREATE TABLE archive_pairs (
    id INTEGER PRIMARY KEY,
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    en_article TEXT NOT NULL,
    ar_article TEXT NOT NULL,
    score REAL NOT NULL,
    evidence TEXT NOT NULL DEFAULT '{}',
    origin TEXT NOT NULL CHECK (origin IN ('proposed', 'manual')),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    decided_by TEXT,
    decided_at TEXT,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE UNIQUE INDEX archive_pairs_live_en ON archive_pairs (archive_id, en_article) WHERE status != 'rejected';
  CREATE UNIQUE INDEX archive_pairs_live_ar ON archive_pairs (archive_id, ar_article) WHERE status != 'rejected';
  CREATE INDEX archive_pairs_by_score ON archive_pairs (archive_id, status, score DESC, id);
  CREATE INDEX archive_pairs_waiting ON archive_pairs (archive_id, id) WHERE status = 'confirmed' AND document_id IS NULL;
  CREATE UNIQUE INDEX archive_pairs_document ON archive_pairs (document_id) WHERE document_id IS NOT NULL;
  `,
  // 19: the archive job's pair stage in bounded steps (issue 14): each step stores the re-scored
  // candidates of a batch of English articles (pass 1: within the window; pass 2: the articles the
  // first assignment left unpaired, the wider window) with the job's progress; the last step
  // assigns over all of them, writes the pairs and drops them. One row per pass and pair, so a step
  // repeated after a kill never stores a candidate twice.
  `
  CREATE TABLE archive_candidates (
    archive_id INTEGER NOT NULL REFERENCES archives(id) ON DELETE CASCADE,
    pass INTEGER NOT NULL CHECK (pass IN (1, 2)),
    en_article TEXT NOT NULL,
    ar_article TEXT NOT NULL,
    score REAL NOT NULL,
    evidence TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (archive_id, pass, en_article, ar_article)
  ) WITHOUT ROWID;
  `,
  // 20: rate limits shared by every app instance on the database (issue 15): one row per limited
  // key (a client address, an account) with its hits in the current window and when the window
  // ends, in milliseconds since 1970; a row past its end counts as none and is cleared on the way.
  `
  CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    hits INTEGER NOT NULL,
    reset_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX rate_limits_by_reset ON rate_limits (reset_at);
  `,
];
