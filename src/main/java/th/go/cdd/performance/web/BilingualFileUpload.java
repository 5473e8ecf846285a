package th.go.cdd.performance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import java.util.Iterator;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.util.FileUploadUtils;
import th.go.cdd.performance.shared.Label;

/**
 * PrimeFaces' file upload with its server-side checks kept and their refusals said in our words.
 * The file-name check ("a name with a path or a forbidden sign") is PrimeFaces', but its message is
 * English only ("File Error / Invalid Linux filename"); p:validateFile's size and type messages come
 * from i18n/faces_*.properties (the application's message bundle). An upload that carries a "kpi"
 * attribute has each message prefixed with the KPI and the field, in both languages. Registered in
 * faces-config.xml under PrimeFaces' own component type, so every p:fileUpload uses it.
 */
public class BilingualFileUpload extends FileUpload {
  @Override
  public void validateFilename(FacesContext context, UploadedFile file) {
    try {
      FileUploadUtils.requireValidFilename(context, file.getFileName());
    } catch (ValidatorException e) {
      setValid(false);
      context.addMessage(getClientId(context), Texts.message(FacesMessage.SEVERITY_ERROR, "evidence.fileName", file.getFileName()));
    }
  }

  @Override
  protected void validateValue(FacesContext context, Object value) {
    super.validateValue(context, value);
    Object kpi = getAttributes().get("kpi");
    if (isValid() || kpi == null) {
      return;
    }
    FacesMessage named = Texts.message(FacesMessage.SEVERITY_ERROR, "kpi.fieldName", kpi, new Label("field.evidence"));
    for (Iterator<FacesMessage> i = context.getMessages(getClientId(context)); i.hasNext(); ) {
      FacesMessage m = i.next();
      m.setSummary(named.getSummary() + ": " + m.getSummary());
      m.setDetail(named.getDetail() + ": " + m.getDetail());
    }
  }
}
