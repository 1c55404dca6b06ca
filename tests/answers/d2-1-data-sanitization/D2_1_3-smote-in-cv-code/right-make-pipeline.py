from imblearn.over_sampling import SMOTE
from imblearn.pipeline import make_pipeline


def make_smote_pipeline(estimator, random_state=0):
    return make_pipeline(SMOTE(random_state=random_state), estimator)
