{{- define "custos.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "custos.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "custos.labels" -}}
app.kubernetes.io/name: {{ include "custos.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "custos.selector" -}}
app.kubernetes.io/name: {{ include "custos.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "custos.secretName" -}}
{{- default (include "custos.fullname" .) .Values.existingSecret -}}
{{- end -}}

{{- define "custos.serviceAccount" -}}
{{- default (include "custos.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{/* The environment every Custos container gets: production mode, database, secrets. */}}
{{- define "custos.env" -}}
- name: CUSTOS_MODE
  value: production
- name: CUSTOS_DB_URL
  valueFrom:
    configMapKeyRef:
      name: {{ include "custos.fullname" . }}
      key: CUSTOS_DB_URL
- name: CUSTOS_DB_USER
  valueFrom:
    configMapKeyRef:
      name: {{ include "custos.fullname" . }}
      key: CUSTOS_DB_USER
{{- range $key := list "CUSTOS_DB_PASSWORD" "CUSTOS_OPERATOR_TOKEN" "CUSTOS_JWT_PRIVATE_KEY" "CUSTOS_MASTER_KEY" }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ include "custos.secretName" $ }}
      key: {{ $key }}
{{- end }}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.javaOptions | quote }}
{{- end -}}
