from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline


def make_smote_pipeline(estimator, random_state=0):
    return ImbPipeline([("smote", SMOTE(random_state=0)), ("model", estimator)])
