package io.rebound.installer.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rebound.installer.doctor.DoctorReport;

/** The doctor report as it goes into the bundle. */
final class DoctorReportJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DoctorReportJson() {}

  static String write(DoctorReport report) throws JsonProcessingException {
    return JSON.writeValueAsString(report);
  }
}
