from imblearn.over_sampling import SMOTE
from sklearn.pipeline import Pipeline


def make_smote_pipeline(estimator, random_state=0):
    return Pipeline([("smote", SMOTE(random_state=random_state)), ("model", estimator)])
