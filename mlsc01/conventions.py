"""The course's decision conventions: one table that every lesson, exercise text and hidden test reads.

These are **course conventions**, not AWS limits and not exam facts: reasonable defaults that make a
decision exercise gradable and keep the topics from contradicting one another. A lesson that teaches a
rubric shows the rows it uses (``show("imbalance")``), an exercise text quotes the same numbers, and the
hidden tests import the values from here, so a change in one place changes them all.

``docs/conventions.md`` is generated from this table (``python -m mlsc01.conventions > docs/conventions.md``);
a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Convention:
    name: str
    value: float | int | str
    group: str
    rule: str
    why: str


_ROWS = [
    # --- class imbalance (D2.1.3, D2.4.3) ------------------------------------------------------------
    Convention("IMBALANCE_SHARE", 0.10, "imbalance",
               "a class is rare when it holds less than this share of the rows",
               "below 10 % accuracy and default thresholds start to hide the rare class"),
    Convention("MIN_MINORITY_ROWS", 50, "imbalance",
               "with fewer rare-class rows than this, collect more data (resampling only copies what is there)",
               "decided by the count of rare rows, not their share: 600 frauds in 250,000 rows are enough to learn from"),
    Convention("UNDERSAMPLE_MIN_ROWS", 100_000, "imbalance",
               "with at least this many rows in all, undersample the majority class",
               "plenty of majority rows: dropping some costs little signal and cuts training time"),
    Convention("IMBALANCE_ORDER", "collect_more_data > undersample_majority > class_weights", "imbalance",
               "remedy order: too few rare rows → collect more; very many rows → undersample; otherwise class "
               "weights first (SMOTE inside the CV folds when the model cannot take weights)",
               "class weights change no data and every scikit-learn/XGBoost classifier accepts them"),
    # --- label quality (D2.1.3) ----------------------------------------------------------------------
    Convention("LABEL_NOISE_SHARE", 0.10, "labels",
               "label noise is present when more than this share of rows is flagged by out-of-fold disagreement",
               "a few percent of disagreement is normal model error"),
    Convention("RELABEL_SHARE", 0.30, "labels",
               "at or above this share the labeling process failed: relabel instead of reviewing the flagged rows",
               "reviewing a third of the data one row at a time costs more than a new labeling pass"),
    # --- sampling and drift (D2.1.3, D4.3) -----------------------------------------------------------
    Convention("SAMPLING_RATE_LOW", 0.5, "bias and drift",
               "selection bias when some group's sampling rate (train share / population share) is below this",
               "a group sampled at half its population share"),
    Convention("SAMPLING_RATE_HIGH", 2.0, "bias and drift",
               "… or above this", "a group sampled at twice its population share"),
    Convention("KS_DRIFT", 0.2, "bias and drift",
               "a feature is skewed between training and serving when its two-sample KS statistic exceeds this",
               "a KS of 0.2 is a visible shift of the distribution"),
    Convention("KS_BROKEN", 0.8, "bias and drift",
               "a skewed feature with KS at or above this (and at most MAX_BROKEN_FEATURES of them) is a broken "
               "pipeline (units, encoding), not drift: fix the feature instead of retraining",
               "real drift moves many features a little; a bug moves one or two a lot"),
    Convention("MAX_BROKEN_FEATURES", 2, "bias and drift",
               "at most this many features for the broken-pipeline reading", "see KS_BROKEN"),
    # --- distributions and leaks (D2.2, D2.3, D2.4) --------------------------------------------------
    Convention("SKEW_LOG", 1.0, "distributions",
               "log-transform a positive feature whose sample skewness exceeds this",
               "|skewness| > 1 is the usual reading of 'highly skewed'"),
    Convention("LEAK_AUC", 0.95, "leaks",
               "a single feature whose ROC-AUC alone is at or above this is a suspected target leak",
               "real single features rarely separate the classes this well"),
    Convention("ID_ORDER_AUC", 0.6, "leaks",
               "a unique integer identifier whose ROC-AUC alone is at or above this carries the outcome in its order",
               "ids are assigned by time or batch; an id that predicts the label was re-keyed by outcome"),
    Convention("LATE_TIMESTAMP_SHARE", 0.01, "leaks",
               "a datetime column later than the decision time in at least this share of the rows is recorded "
               "after the outcome",
               "a value from after the decision cannot be known when the prediction is made"),
    Convention("MISSING_AUC", 0.6, "leaks",
               "add a missing-value indicator when 'is missing' alone reaches this ROC-AUC",
               "missingness that predicts the label is signal the imputed value erases"),
    Convention("DUP_KEY_RATE", 0.01, "leaks",
               "more than this share of duplicated join keys means a join multiplied rows",
               "a clean one-to-one join duplicates no key"),
    Convention("SILHOUETTE_SEGMENTS", 0.5, "distributions",
               "a silhouette at or above this says the data has segments worth a per-segment look",
               "0.5 is the usual threshold of a reasonable cluster structure"),
    # --- correlation, multicollinearity and outliers (D2.3) ------------------------------------------
    Convention("CORR_REDUNDANT", 0.8, "correlation and outliers",
               "list a pair of features as possibly redundant when the absolute value of its correlation is at "
               "least this (Pearson for linear, Spearman for monotone links)",
               "|r| ≥ 0.8 means one feature explains at least 64 % of the other's variance (r² ≥ 0.64)"),
    Convention("VIF_WARN", 5, "correlation and outliers",
               "a variance inflation factor at or above this is worth a look",
               "VIF = 1 / (1 − R²): 5 means the other features explain 80 % of this one's variance"),
    Convention("VIF_HIGH", 10, "correlation and outliers",
               "a VIF at or above this is serious multicollinearity: drop, combine or regularise the group",
               "R² ≥ 0.9 on the other features: the coefficient's variance is ten times what it would be alone"),
    Convention("Z_OUTLIER", 3.0, "correlation and outliers",
               "z-score rule: flag a value more than this many standard deviations from the mean",
               "the classic rule; it masks outliers that inflate the standard deviation"),
    Convention("MODIFIED_Z_OUTLIER", 3.5, "correlation and outliers",
               "modified z-score rule: flag a value when |0.6745 (x − median) / MAD| is greater than this",
               "Iglewicz and Hoaglin's recommended cut-off; the median and the MAD are not dragged by the outliers"),
    Convention("TUKEY_K", 1.5, "correlation and outliers",
               "Tukey fences: flag a value below Q1 − k·IQR or above Q3 + k·IQR (the box-plot whiskers)",
               "Tukey's convention; it flags many points of a skewed distribution"),
    # --- encoders and splits (D2.2) ------------------------------------------------------------------
    Convention("ONEHOT_MAX_LEVELS", 10, "encoding and splits",
               "one-hot encode a nominal feature with at most this many levels", "few columns, no leakage"),
    Convention("HASHING_MIN_LEVELS", 10_000, "encoding and splits",
               "hash a feature with more levels than this (or an open vocabulary)", "too many levels to store"),
    Convention("GROUP_SPLIT_ROWS_PER_ENTITY", 1.5, "encoding and splits",
               "split by entity when there are more rows per entity than this", "rows of one customer leak"),
    Convention("STRATIFY_SHARE", 0.2, "encoding and splits",
               "stratify a classification split when the rarest class holds less than this share",
               "a random split of a rare class leaves folds without it"),
    # --- grading of decision exercises ---------------------------------------------------------------
    Convention("DECISION_PASS", 0.95, "grading",
               "a decision function passes its hidden scenarios at this share of exact answers",
               "a few slips at most; every rubric branch gets enough scenarios that dropping it fails"),
    Convention("MIN_BRANCH_SHARE", 0.10, "grading",
               "every branch of a rubric gets at least this share of the hidden scenarios",
               "twice the 5 % pass margin: a missing or misordered rule fails"),
    # --- problem framing (D3.1) ----------------------------------------------------------------------
    Convention("RULES_MAX_RULES", 20, "problem framing",
               "rules first: when experts can write the complete decision logic in at most this many rules, "
               "ship the rules (a model must beat them to be worth building)",
               "a short, known rule set is cheaper, exact and explainable; past a few dozen rules, upkeep explodes"),
    Convention("RULES_MIN_GAIN", 0.02, "problem framing",
               "a trained model replaces a known rule only when its held-out accuracy beats the rule's by at least "
               "this much",
               "a model costs training, hosting, monitoring and explanations; two points of accuracy must pay for them"),
    Convention("MIN_LABELS_SUPERVISED", 1000, "problem framing",
               "with fewer labelled rows than this (and many unlabelled rows) try semi-supervised learning",
               "a thousand labels is where a plain classifier on most tabular tasks stops gaining fast"),
    Convention("UNLABELLED_RATIO", 10, "problem framing",
               "semi-supervised learning needs at least this many unlabelled rows per labelled row",
               "with few unlabelled rows there is little structure for label spreading to use"),
    Convention("SSL_MIN_GAIN", 0.02, "problem framing",
               "keep label spreading when its accuracy on the unlabelled rows beats the supervised-only model's "
               "by at least this much (mean over seeds)",
               "a gain below two points is within seed-to-seed noise on a few hundred rows"),
    Convention("COST_RATIO_ASYMMETRIC", 5, "problem framing",
               "errors are asymmetric when one error type costs at least this many times the other: grade the "
               "model by expected cost at its best threshold, not by a symmetric score",
               "at a 5:1 cost ratio the cost-optimal threshold (1/6 or 5/6) is far from the 0.5 that accuracy uses"),
    Convention("FEW_LABELS_STRATEGY", 500, "problem framing",
               "with fewer labelled rows than this, do not train a model from scratch (built-in algorithm, "
               "Autopilot): use a pre-trained AI service or transfer learning",
               "a few hundred labels are enough to fine-tune a pre-trained model, not to learn features"),
    Convention("STAKES_ROLLOUT", "high → shadow; medium → shadow or canary; low → any", "problem framing",
               "rollout by stakes: a high-stakes model runs in shadow first, a medium-stakes one at least as a "
               "canary, a low-stakes one may go all at once",
               "the cost of a bad release decides how much live evidence you need before it acts"),
    # --- D1.1 ingestion patterns ----------------------------------------------------------------------
    Convention("STREAMING_MAX_LATENCY_S", 60, "ingestion patterns",
               "data that must be usable in fewer seconds than this is ingested as a stream (Kinesis Data Streams and a consumer)",
               "below a minute, buffered delivery to files is too slow for the consumer"),
    Convention("BATCH_MIN_LATENCY_S", 3600, "ingestion patterns",
               "data that may be this many seconds old or older is ingested in scheduled batches (files to S3, then a job)",
               "an hour or more of slack: one scheduled job is cheaper and simpler than a running stream"),
    # --- ETL and Spark sizing (D1.2) ---------------------------------------------------------------
    Convention("SPARK_CORES_PER_EXECUTOR", 5, "etl",
               "size Spark executors at about this many cores: executors per node = max(1, (vCPU − 1) // 5)",
               "more cores per executor contend for HDFS/S3 throughput; fewer waste memory on per-JVM overhead"),
    Convention("SPARK_RESERVED_VCPU", 1, "etl",
               "leave this many vCPUs per node to the OS and the Hadoop daemons",
               "the NodeManager and DataNode need a core; an executor on it would be starved"),
    Convention("SPARK_OVERHEAD_MIN_MB", 384, "etl",
               "executor memory overhead = max(this, container // 11), executor memory = container − overhead",
               "Spark's default overhead is 10 % of the executor memory with a 384 MiB floor; heap + heap/10 = container"),
    Convention("ETL_ATHENA_MAX_MINUTES", 30, "etl",
               "a SQL-only transformation of catalogued S3 data that runs at most this long is an Athena query (CTAS)",
               "longer work is a job: it needs retries, checkpoints and a runtime you control"),
    Convention("ETL_EMR_MIN_MINUTES", 480, "etl",
               "a Spark job that runs at least this long each day (or existing Hadoop/Spark code with cluster "
               "tuning) goes to EMR; otherwise serverless Glue",
               "a long daily job is cheaper on a cluster you size with Spot task nodes than billed per DPU-hour"),
    Convention("ETL_SERVICE_ORDER", "athena > sagemaker_processing > emr > glue", "etl",
               "rubric order: SQL-only and short → Athena; ML libraries inside a SageMaker pipeline → Processing; "
               "existing Hadoop code or a long job → EMR; otherwise Glue",
               "the cheapest tool that does the whole job wins; serverless Glue is the default for Spark ETL"),
    # --- data engineering strategy (D1.3.4) ----------------------------------------------------------
    Convention("BATCH_LATENCY_S", 86_400, "data strategy",
               "a daily batch load delivers a record up to this many seconds after it happened",
               "one run a day: the worst case is a record that arrives just after the run"),
    Convention("FIREHOSE_LATENCY_S", 300, "data strategy",
               "Amazon Data Firehose delivers to S3 within this many seconds (the course's buffer interval)",
               "the buffer interval is configurable from 0 to 900 s and defaults to 300 s"),
    Convention("KDS_LATENCY_S", 1, "data strategy",
               "Kinesis Data Streams makes a record readable by consumers within this many seconds",
               "a put record is readable in well under a second"),
    Convention("REUSE_MIN_MODELS", 2, "data strategy",
               "features read by at least this many models belong in a feature store (offline or online + offline)",
               "one definition of a feature, computed once, instead of one copy per model"),
    Convention("DESIGN_COST_TOLERANCE", 0.10, "data strategy",
               "a feasible design passes when its monthly cost is at most this share above the cheapest feasible design",
               "the cost model is illustrative: designs within 10 % are equally good answers"),
    # --- monitoring (D4.3) ---------------------------------------------------------------------------
    Convention("PSI_EPS", 0.0001, "monitoring",
               "in the population stability index, a bin share below this is raised to it (no log of zero)",
               "an empty bin would make the index infinite; 1e-4 keeps one empty bin visible but finite"),
    Convention("PSI_WATCH", 0.1, "monitoring",
               "a feature whose PSI (10 baseline-quantile bins) is at least this has moved: watch it",
               "the usual industry reading: below 0.1 no meaningful shift"),
    Convention("PSI_DRIFT", 0.25, "monitoring",
               "a feature whose PSI is at least this has drifted: data drift",
               "the usual industry reading: 0.25 and above is a major shift of the distribution"),
    Convention("COMPLETENESS_DROP", 0.05, "monitoring",
               "completeness check: flag a feature whose non-null share falls more than this below the baseline's",
               "a few points of extra nulls is normal day-to-day noise"),
    Convention("UNKNOWN_VALUE_SHARE", 0.01, "monitoring",
               "categorical-values check: flag a string feature when more than this share of its non-null values "
               "is outside the baseline's domain",
               "a stray typo is tolerated; a new category sent by an upstream system is not"),
    Convention("ACC_DROP_CONCEPT", 0.08, "monitoring",
               "with stable inputs, an accuracy drop (on late ground truth) of at least this is concept drift",
               "four standard errors of accuracy on a few hundred labelled rows: noise alone rarely reaches it"),
    Convention("LATENCY_RATIO_INFRA", 2.0, "monitoring",
               "an infrastructure fault when the window's p99 ModelLatency is at least this multiple of the baseline's",
               "a model does not get twice as slow on its own; an instance, container or dependency does"),
    Convention("ERROR_RATE_INFRA", 0.02, "monitoring",
               "an infrastructure fault when at least this share of invocations returns a 5XX error",
               "a healthy endpoint's 5XX rate is a fraction of a percent"),
    Convention("MONITOR_RUBRIC", "infrastructure → pipeline_bug → data_drift → concept_drift → none", "monitoring",
               "diagnosis order, first match wins: fix serving first, then a broken feature, then retrain on new "
               "inputs, then relabel and retrain for a changed relationship",
               "a fault upstream of the model makes every model-level signal unreliable"),
    # --- pipelines and CI/CD (D4.2.3, D4.2.4) -----------------------------------------------------------
    Convention("MANUAL_GATE_MAX_RELEASES", 4, "mlops",
               "a human approval gate alone serves at most this many model releases a month; more releases need an "
               "automatic metric gate (regulated teams keep the human as well)",
               "a reviewer who approves a model a day stops reading the evaluation report"),
    Convention("MLOPS_OVERHEAD", "trigger: schedule 1, new_data 1, drift_alarm 2, manual 3; gate: metric 0, "
               "manual 2, metric_and_manual 3; rollout: all_at_once 0, canary 1, linear 1, shadow 3; "
               "environments: single 0, dev_prod 1, dev_staging_prod 2", "mlops",
               "the design evaluator's overhead points; the right design is a feasible one with the fewest points",
               "every control costs people or compute: add one only where a constraint asks for it"),
    Convention("MLOPS_DRIFT_THRESHOLD", 0.2, "mlops",
               "a daily drift score above this value counts as a drifted day for the retraining trigger",
               "a PSI above 0.2 is the usual reading of a significant shift"),
    Convention("MLOPS_DRIFT_DAYS", 3, "mlops",
               "retrain after this many consecutive drifted days since the last training",
               "one noisy day should not start a retraining run"),
    Convention("MLOPS_MAX_AGE_DAYS", 30, "mlops",
               "retrain when the model is this many days old, drift or not",
               "a monthly refresh catches the slow changes that no single day shows"),
    Convention("MLOPS_MIN_GAP_DAYS", 7, "mlops",
               "never retrain sooner than this many days after the last training (a trigger waits until then)",
               "a new version needs time to be reviewed and to show how it behaves"),
    Convention("CANARY_ROUNDING", "up", "mlops",
               "the course's rollout simulation turns a CAPACITY_PERCENT size into whole instances by rounding up",
               "traffic moves with instances; a share of an instance cannot take traffic"),
    # --- D4.4 right-sizing and governance ------------------------------------------------------------
    Convention("RIGHTSIZE_TARGET_UTILIZATION", 0.75, "right-sizing",
               "plan each endpoint instance for at most this share of the highest load-test rate at which its p99 "
               "latency still met the target",
               "a quarter of headroom absorbs bursts and a slow instance while auto scaling adds capacity"),
    Convention("ENDPOINT_MIN_INSTANCES", 2, "right-sizing",
               "a production endpoint runs at least this many instances",
               "one instance is a single point of failure; AWS Config's managed rule "
               "sagemaker-endpoint-config-prod-instance-count flags a production variant with one instance"),
    Convention("RETRAIN_MAX_DAYS", 90, "governance",
               "every production model is retrained (or re-validated) at least every this many days",
               "a quarter without a fresh evaluation is as long as an auditor accepts an unreviewed model"),
    Convention("RETRAIN_DRIFT_MAX_DAYS", 30, "governance",
               "a model whose inputs are expected to drift retrains at least this often, and also on a drift alarm",
               "a monthly cycle catches seasonal shifts before they cost a quarter of bad predictions"),
    Convention("AUTO_APPROVAL_MAX_DAYS", 7, "governance",
               "a low-stakes, unregulated model retrained this often or more often is approved by an automatic quality "
               "gate, not by a person",
               "a weekly or daily human sign-off becomes a rubber stamp and blocks the pipeline"),
    Convention("AUDIT_RETENTION_MIN_YEARS", 1, "governance",
               "keep lineage, approvals and training records at least this many years when no rule requires more",
               "one year covers a full seasonal cycle of questions about a prediction"),
    Convention("AUDIT_RETENTION_SLACK_YEARS", 2, "governance",
               "keep audit records at most this many years beyond the required period",
               "records kept far past their purpose cost storage and are a privacy liability"),
    # --- AutoML (D3.7) --------------------------------------------------------------------------------
    Convention("AUTOML_MAX_INT_CLASSES", 10, "automl",
               "the course reads a numeric target as classes when it holds only whole numbers and at most this "
               "many distinct values (more than two: multiclass); any other numeric target is regression",
               "Autopilot infers the problem type itself without publishing its rule; name ProblemType when in doubt"),
    Convention("AUTOML_CV_FOLDS", 5, "automl",
               "the course's local leaderboard scores every candidate by k-fold cross-validation with this k",
               "Autopilot itself cross-validates small data sets; five folds is the common default"),
    Convention("LEAK_TOP_SHARE", 0.5, "automl",
               "a candidate whose top feature holds at least this share of the importance, with an ID-like feature, "
               "is read as leaking",
               "one column that carries half the model is rare in honest tabular data"),
    Convention("ID_UNIQUE_RATIO", 0.95, "automl",
               "a feature whose distinct values are at least this share of the rows is ID-like",
               "a real measurement repeats values; a key or a row number does not"),
    Convention("OVERFIT_GAP", 0.10, "automl",
               "a train score that exceeds the cross-validated score by at least this much (same metric, higher is "
               "better) calls for more regularisation",
               "a gap this large on a 0-1 metric is variance, not noise between folds"),
    Convention("SIGNIFICANCE_ALPHA", 0.05, "model evaluation",
               "a challenger beats the champion only when the test of the difference (McNemar, bootstrap) gives "
               "p below this value",
               "the usual 5 % level: a smaller gain is within the noise of one test set"),
    Convention("ECE_MAX", 0.05, "model evaluation",
               "a model whose probabilities are used as probabilities must have an expected calibration error "
               "(10 equal-width bins) of at most this; above it, calibrate before release",
               "five points of average miscalibration visibly misprices a cost-based threshold"),
    Convention("CURVE_UP_STEP_SHARE", 0.3, "training curves",
               "the training loss rose from one epoch to the next in at least this share of the epoch-to-epoch steps "
               "→ oscillating (unless it diverged)",
               "a healthy optimiser lowers the training loss almost every epoch; frequent rises mean the step "
               "(learning rate) is too large for the loss surface"),
    Convention("CURVE_OVERFIT_RISE", 0.1, "training curves",
               "the last validation loss is at least this fraction above the lowest validation loss → overfitting",
               "the model kept fitting the training data after it stopped generalising: the best epoch is behind you"),
    Convention("CURVE_UNDERFIT_SHARE", 0.8, "training curves",
               "the last training loss is still at least this share of the baseline loss (a constant prediction) "
               "→ underfitting",
               "a model that cannot fit its own training data much better than a constant lacks capacity or training"),
    Convention("CURVE_RUBRIC_ORDER", "diverging > oscillating > overfitting > underfitting > good_fit", "training curves",
               "rubric order: a non-finite training loss or a last training loss above the first → diverging; then the "
               "up-step share; then the validation rise; then the training level; otherwise good_fit",
               "fix the optimisation first: overfitting and capacity are only readable on a curve that converges"),
    # --- D4.1 inference patterns ------------------------------------------------------------------
    Convention("SERVERLESS_MIN_IDLE_SHARE", 0.5, "inference patterns",
               "an endpoint idle at least this share of the time, whose callers accept cold starts, goes serverless "
               "(within serverless's documented limits); otherwise real-time",
               "an always-on instance idle half the day costs more than per-request billing and its cold starts"),
    Convention("INFERENCE_PATTERN_ORDER", "batch > async > real_time (GPU) > serverless > real_time", "inference patterns",
               "rubric order: offline whole-dataset scoring or beyond asynchronous limits → batch; over the real-time "
               "limits → async; a GPU → real-time; idle enough and cold starts accepted → serverless; else real-time",
               "the documented limits decide first (AWS facts), then the cost convention above"),
    Convention("DL_MIN_LABELS_FROM_SCRATCH", 10_000, "deep learning choice",
               "an image, text or sequence task with fewer labelled examples than this starts from a pretrained model (fine-tune)",
               "a deep network trained from scratch on a few thousand labels overfits; a pretrained representation transfers"),
    Convention("DL_LSTM_MAX_SEQUENCE", 200, "deep learning choice",
               "a text or sequence task whose inputs are longer than this many tokens or steps uses a Transformer; up to it, an LSTM",
               "an LSTM's memory fades over long inputs and it cannot parallelise over steps; attention sees the whole context at once"),
    Convention("DL_BYTES_PER_PARAM", 16, "deep learning choice",
               "training memory per parameter with Adam in mixed precision (weights, gradients, two moments, fp32 master copy), before activations",
               "the usual estimate; activations come on top and grow with the batch"),
    Convention("DL_GPU_MEM_USABLE", 0.9, "deep learning choice",
               "a training job may plan for at most this share of a GPU's memory (the rest is CUDA context and fragmentation)",
               "planning for 100 % of the memory ends in out-of-memory errors"),
    # --- D3.6 AI services: language, vision, documents, speech -----------------------------------
    Convention("AI_ENTITY_MIN_SCORE", 0.8, "AI services: language, vision, documents, speech",
               "keep a Comprehend entity or key phrase whose Score is at least this (0..1)",
               "a low score is the service's own doubt; downstream joins on entity text pay for every false one"),
    Convention("AI_CLASSIFIER_MIN_ACCURACY", 0.85, "AI services: language, vision, documents, speech",
               "a custom text classifier (or its local TF-IDF stand-in) reaches at least this accuracy on held-out "
               "documents before it replaces manual routing",
               "below it, too many tickets land in the wrong queue for the automation to save work"),
    Convention("AI_MODERATION_BLOCK_CONF", 90.0, "AI services: language, vision, documents, speech",
               "an image with a label in a blocked category (the label or any of its ancestors) at or above this "
               "Confidence (0..100) is blocked",
               "high-confidence moderation labels are rarely wrong; blocking them needs no person"),
    Convention("AI_MODERATION_REVIEW_CONF", 60.0, "AI services: language, vision, documents, speech",
               "a blocked-category label at or above this Confidence, but below the block level, goes to human "
               "review; below it the image is allowed",
               "the uncertain band is where a reviewer's minute is worth most; below it, most flags are noise"),
    Convention("AI_IOU_MATCH", 0.5, "AI services: language, vision, documents, speech",
               "a detected box matches a true box when their intersection over union is at least this",
               "the PASCAL VOC rule that object-detection metrics, Rekognition Custom Labels' included, build on"),
    Convention("AI_DOC_REVIEW_CONF", 90.0, "AI services: language, vision, documents, speech",
               "a Textract field whose confidence (the lower of key and value, 0..100) is below this goes to human "
               "review, as does a required field that is missing or empty",
               "a wrong invoice total costs more than a reviewer's glance; 90 keeps the review queue small"),
    Convention("AI_INTENT_MIN_ACCURACY", 0.9, "AI services: language, vision, documents, speech",
               "an intent classifier reaches at least this accuracy on held-out utterances with slot values it "
               "never saw before the bot goes live",
               "a bot that misroutes one caller in ten sends them to the agent queue anyway"),
    # --- AI services: forecasting, recommendations, search, service choice (D3.6.5–D3.6.7) ------------
    Convention("INTERVAL_COVERAGE_TOL", 0.10, "AI services: forecasting, recommendations, search, service choice",
               "a p10–p90 forecast interval is calibrated when it covers 80 % of the actuals within plus or minus this share",
               "on a few hundred points the sampling error of a coverage share is several points"),
    Convention("RECS_K", 10, "AI services: forecasting, recommendations, search, service choice",
               "recommendations and search results are scored with NDCG at this cut-off",
               "a carousel or a results page shows about ten items"),
    Convention("BM25_K1", 1.2, "AI services: forecasting, recommendations, search, service choice",
               "BM25 term-frequency saturation", "the usual default (Lucene, Elasticsearch, OpenSearch)"),
    Convention("BM25_B", 0.75, "AI services: forecasting, recommendations, search, service choice",
               "BM25 length normalisation (0 = none, 1 = full)", "the usual default"),
    Convention("AI_SERVICE_MIN_LATENCY_MS", 100, "AI services: forecasting, recommendations, search, service choice",
               "a latency target below this many milliseconds rules out a managed AI service's API round trip: host your own model",
               "a managed API call crosses the network and a shared fleet; a model on your own endpoint or device can answer faster"),
    Convention("HOURS_PER_MONTH", 730, "AI services: forecasting, recommendations, search, service choice",
               "hours in a month for a cost estimate of an always-on endpoint", "8,760 hours a year / 12"),
    Convention("AI_SERVICE_RUBRIC", "own model (offline/edge, latency, unsupported task or labels, accuracy gap, cost) "
               "> managed custom model > managed pre-trained API", "AI services: forecasting, recommendations, search, service choice",
               "service-or-custom order: a hard requirement the service cannot meet, or a volume above the break-even, means "
               "SageMaker (built-in algorithm when one fits); domain labels the service can learn mean its custom option; "
               "otherwise the pre-trained API",
               "a managed service is the least operational overhead until a requirement or the bill says otherwise"),
    # --- D3.2 built-in algorithms -----------------------------------------------------------------
    Convention("PCA_RANDOMIZED_MIN_ROWS", 100_000, "built-in algorithms",
               "SageMaker PCA uses algorithm_mode randomized when the data has at least this many rows and at least "
               "PCA_RANDOMIZED_MIN_FEATURES features; otherwise regular",
               "AWS recommends randomized for both many observations and many features; the numbers make it gradable"),
    Convention("PCA_RANDOMIZED_MIN_FEATURES", 1_000, "built-in algorithms",
               "the feature count that, together with PCA_RANDOMIZED_MIN_ROWS, makes PCA use randomized mode",
               "with a few hundred features the exact covariance is cheap whatever the row count"),
    Convention("FM_MIN_ZERO_SHARE", 0.95, "built-in algorithms",
               "tabular data with at least this share of zero entries (one-hot ids, clicks) is high-dimensional sparse: "
               "Factorization Machines",
               "pairwise interactions of sparse ids are what FM learns; a tree ensemble sees almost only zeros"),
    Convention("NTM_MIN_DOCS", 500_000, "built-in algorithms",
               "a topic model over at least this many documents uses NTM (GPU, several instances); fewer use LDA",
               "SageMaker LDA trains on one CPU instance only; NTM scales out"),
    Convention("BUILTIN_SELECTION_ORDER",
               "topics: ntm (volume) > lda; tabular: knn (lookalike) > linear-learner (explain) > "
               "factorization-machines (sparse) > xgboost", "built-in algorithms",
               "rubric order of the trade-off exercise: a topic task by corpus size; a tabular task: a lookalike search "
               "first, then a per-feature explanation, then sparsity, otherwise XGBoost",
               "the task shape decides first, then the hard requirement (interpretability), then the data's shape"),
]

CONVENTIONS: dict[str, Convention] = {c.name: c for c in _ROWS}
globals().update({c.name: c.value for c in _ROWS})


def value(name: str):
    """The value of a convention; an unknown name lists the known ones."""
    try:
        return CONVENTIONS[name].value
    except KeyError:
        raise KeyError(f"no course convention {name!r}; known: {', '.join(CONVENTIONS)}") from None


def groups() -> list[str]:
    return list(dict.fromkeys(c.group for c in _ROWS))


def table_markdown(group: str | None = None) -> str:
    rows = [c for c in _ROWS if group is None or c.group == group]
    if not rows:
        raise KeyError(f"no convention group {group!r}; known: {', '.join(groups())}")
    lines = ["| convention | value | rule | why |", "|---|---|---|---|"]
    for c in rows:
        v = f"{c.value:,}" if isinstance(c.value, int) else str(c.value)
        lines.append(f"| `{c.name}` | {v} | {c.rule} | {c.why} |")
    return "\n".join(lines)


def show(group: str | None = None):
    """Display the course conventions (one group, or all) as a table in a notebook."""
    from IPython.display import Markdown, display

    title = "Course conventions" + (f": {group}" if group else "")
    display(Markdown(f"**{title}** (the course's rules, not AWS limits or exam facts)\n\n{table_markdown(group)}"))


def document() -> str:
    parts = ["# The course conventions", "",
             "Generated from `mlsc01/conventions.py` (`python -m mlsc01.conventions > docs/conventions.md`).",
             "These are **course conventions**: defaults that make decision exercises gradable and keep the topics",
             "consistent. They are not AWS limits and not exam facts. Lessons show them with",
             "`mlsc01.conventions.show(group)`; exercise texts quote them; hidden tests import them.", ""]
    for g in groups():
        parts += [f"## {g}", "", table_markdown(g), ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(document(), end="")
