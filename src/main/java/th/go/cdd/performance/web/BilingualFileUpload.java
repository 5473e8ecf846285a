package th.go.cdd.performance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.util.FileUploadUtils;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.Label;

/**
 * PrimeFaces' file upload with its file-name check kept and its refusal said in our words: the
 * check ("a name with a path or a forbidden sign") is PrimeFaces', but its message is English only
 * ("File Error / Invalid Linux filename"). Registered in faces-config.xml under PrimeFaces' own
 * component type, so every p:fileUpload uses it; an upload that carries a "kpi" attribute names
 * the KPI too.
 */
public class BilingualFileUpload extends FileUpload {
  @Override
  public void validateFilename(FacesContext context, UploadedFile file) {
    try {
      FileUploadUtils.requireValidFilename(context, file.getFileName());
    } catch (ValidatorException e) {
      setValid(false);
      BusinessException refusal = new BusinessException("evidence.fileName", file.getFileName());
      Object kpi = getAttributes().get("kpi");
      context.addMessage(getClientId(context), kpi == null
          ? Texts.message(FacesMessage.SEVERITY_ERROR, refusal.getKey(), refusal.getArgs())
          : Texts.message(FacesMessage.SEVERITY_ERROR, "kpi.evidenceRefused", kpi, new Label("field.evidence"), refusal));
    }
  }
}
