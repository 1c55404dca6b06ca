from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline as ImbPipeline


def make_smote_pipeline(estimator, random_state=0):
    return ImbPipeline([("over", RandomOverSampler(random_state=random_state)), ("model", estimator)])
