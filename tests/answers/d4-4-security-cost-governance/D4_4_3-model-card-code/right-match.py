def model_card_request(name, info):
    match info["stage"]:
        case "draft":
            status = "Draft"
        case "review":
            status = "PendingReview"
        case "approved":
            status = "Approved"
        case "retired":
            status = "Archived"
        case other:
            raise ValueError(other)
    content = {"intended_uses": {"risk_rating": info["stakes"].capitalize() if info["stakes"] in ("high", "medium", "low") else "Unknown",
                                 "purpose_of_model": info["purpose"], "intended_uses": info["intended_uses"]},
               "model_overview": {"algorithm_type": info["algorithm"], "problem_type": info["problem_type"],
                                  "model_description": info["description"]},
               "additional_information": {"caveats_and_recommendations": info["caveats"]}}
    return {"ModelCardName": name, "ModelCardStatus": status, "Content": json.dumps(content, indent=1)}
