package id.terpadu.agency;

import java.util.List;

/**
 * An agency as submitted to {@code POST /api/agencies} or {@code PUT /api/agencies/{code}}, before
 * validation. {@code phone} is optional; {@code active} is optional (a new agency is active; on update
 * it is left as it is unless given). On update the code comes from the path and may be left out here.
 */
public record AgencyInput(String code, String name, String email, String phone, List<String> regencyCodes,
    List<String> serviceTypes, Boolean active) {}
