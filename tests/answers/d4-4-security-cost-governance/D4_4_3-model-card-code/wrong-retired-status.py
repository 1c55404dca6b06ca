def model_card_request(name, info):
    statuses = {"draft": "Draft", "review": "PendingReview", "approved": "Approved", "retired": "Draft"}
    risk = {"high": "High", "medium": "Medium", "low": "Low"}.get(info["stakes"], "Unknown")
    card = {"model_overview": {"model_description": info["description"], "problem_type": info["problem_type"], "algorithm_type": info["algorithm"]},
            "intended_uses": {"purpose_of_model": info["purpose"], "intended_uses": info["intended_uses"], "risk_rating": risk},
            "additional_information": {"caveats_and_recommendations": info["caveats"]}}
    return {"ModelCardName": name, "Content": json.dumps(card), "ModelCardStatus": statuses[info["stage"]]}
