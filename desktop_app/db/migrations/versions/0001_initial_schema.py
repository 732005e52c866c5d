"""initial schema

Revision ID: 0001
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('board',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'], name=op.f('fk_audit_event_actor_id_user_account'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_event_seq'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_person_id'), ['person_id'], unique=False)

    op.create_table('school',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('brin', sa.String(length=8), nullable=False),
    sa.Column('denomination', sa.String(length=12), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('director', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name=op.f('fk_school_board_id_board'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school')),
    sa.UniqueConstraint('brin', name=op.f('uq_school_brin'))
    )
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_board_id'), ['board_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('name_prefix', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('sort_key', sa.String(length=700), nullable=False),
    sa.Column('salutation', sa.String(length=10), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('group_name', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_person_school_id_school'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_school_id'), ['school_id'], unique=False)
        batch_op.create_index('ix_person_school_sort', ['school_id', 'sort_key'], unique=False)
        batch_op.create_index('ix_person_sort', ['sort_key'], unique=False)

    op.create_table('consent_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('given_by_id', sa.Integer(), nullable=True),
    sa.Column('given_by_name', sa.String(length=200), nullable=False),
    sa.Column('method', sa.String(length=200), nullable=False),
    sa.Column('form_version', sa.String(length=200), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_consent_record_created_by_user_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['given_by_id'], ['person.id'], name=op.f('fk_consent_record_given_by_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_record_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_record'))
    )
    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_record_created_by'), ['created_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_record_given_by_id'), ['given_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_record_person_id'), ['person_id'], unique=False)

    op.create_table('guardian_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('parental_authority', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['person.id'], name=op.f('fk_guardian_link_parent_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pupil_id'], ['person.id'], name=op.f('fk_guardian_link_pupil_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardian_link')),
    sa.UniqueConstraint('parent_id', 'pupil_id', name=op.f('uq_guardian_link_parent_id'))
    )
    with op.batch_alter_table('guardian_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardian_link_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guardian_link_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('school_id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=True),
    sa.Column('platform', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('boundary_crossing', sa.Boolean(), nullable=False),
    sa.Column('criminal', sa.Boolean(), nullable=False),
    sa.Column('urgent_reason', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_incident_created_by_user_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['reporter_id'], ['person.id'], name=op.f('fk_incident_reporter_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_incident_school_id_school'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_created_by'), ['created_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_occurred_on'), ['occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_reporter_id'), ['reporter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_school_id'), ['school_id'], unique=False)
        batch_op.create_index('ix_incident_school_occurred', ['school_id', 'occurred_on'], unique=False)

    op.create_table('case_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_case_file_incident_id_incident'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['subject_id'], ['person.id'], name=op.f('fk_case_file_subject_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file')),
    sa.UniqueConstraint('incident_id', 'subject_id', name=op.f('uq_case_file_incident_id'))
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_severity'), ['severity'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_subject_id'), ['subject_id'], unique=False)

    op.create_table('incident_rule',
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('rule_code', sa.String(length=4), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_incident_rule_incident_id_incident')),
    sa.PrimaryKeyConstraint('incident_id', 'rule_code', name=op.f('pk_incident_rule'))
    )
    with op.batch_alter_table('incident_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_rule_rule_code'), ['rule_code'], unique=False)

    op.create_table('involvement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_involvement_incident_id_incident'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_involvement_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_involvement')),
    sa.UniqueConstraint('incident_id', 'person_id', 'role', name=op.f('uq_involvement_incident_id'))
    )
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_involvement_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_involvement_person_id'), ['person_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('dossier', sa.String(length=20), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('mime_type', sa.String(length=80), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filed_at', sa.DateTime(), nullable=False),
    sa.Column('filed_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_document_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['filed_by'], ['user_account.id'], name=op.f('fk_document_filed_by_user_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_document_incident_id_incident'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_document_owner_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['recipient_id'], ['person.id'], name=op.f('fk_document_recipient_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_filed_by'), ['filed_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index('ix_document_owner_filed', ['owner_id', 'filed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_recipient_id'), ['recipient_id'], unique=False)

    op.create_table('inspector_call',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('number_dialled', sa.String(length=30), nullable=False),
    sa.Column('caller_name', sa.String(length=200), nullable=False),
    sa.Column('caller_role', sa.String(length=200), nullable=False),
    sa.Column('inspector_name', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('learned_at', sa.DateTime(), nullable=True),
    sa.Column('learned_from', sa.String(length=200), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('advice', sa.Text(), nullable=False),
    sa.Column('agreed_actions', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('not_informed_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_inspector_call_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_inspector_call_created_by_user_account'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspector_call'))
    )
    with op.batch_alter_table('inspector_call', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspector_call_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspector_call_created_by'), ['created_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspector_call_started_at'), ['started_at'], unique=False)

    op.create_table('measure_proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('measure', sa.String(length=20), nullable=False),
    sa.Column('overall_severity', sa.Integer(), nullable=False),
    sa.Column('prior_measures', sa.Integer(), nullable=False),
    sa.Column('policy_row', sa.String(length=200), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('similar', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_measure_proposal_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_measure_proposal_created_by_user_account'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_proposal'))
    )
    with op.batch_alter_table('measure_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_proposal_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_proposal_created_by'), ['created_by'], unique=False)

    op.create_table('police_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('police_unit', sa.String(length=200), nullable=False),
    sa.Column('registration_number', sa.String(length=200), nullable=False),
    sa.Column('reported_by', sa.String(length=200), nullable=False),
    sa.Column('informed_beforehand', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_police_report_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_police_report_created_by_user_account'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_police_report'))
    )
    with op.batch_alter_table('police_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_police_report_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_police_report_created_by'), ['created_by'], unique=False)

    op.create_table('procedure_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_procedure_step_case_id_case_file'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_procedure_step_created_by_user_account'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_step'))
    )
    with op.batch_alter_table('procedure_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_step_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedure_step_created_by'), ['created_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedure_step_done_on'), ['done_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedure_step_kind'), ['kind'], unique=False)

    op.create_table('severity_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('statements', sa.Integer(), nullable=True),
    sa.Column('behaviour', sa.Integer(), nullable=True),
    sa.Column('consequences', sa.Integer(), nullable=True),
    sa.Column('overall', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('assessed_at', sa.DateTime(), nullable=False),
    sa.Column('assessed_by', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessed_by'], ['user_account.id'], name=op.f('fk_severity_assessment_assessed_by_user_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_severity_assessment_case_id_case_file'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_severity_assessment'))
    )
    with op.batch_alter_table('severity_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_severity_assessment_assessed_by'), ['assessed_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_severity_assessment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_severity_assessment_overall'), ['overall'], unique=False)

    op.create_table('document_content',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_content_document_id_document')),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_content'))
    )
    op.create_table('measure_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=True),
    sa.Column('measure', sa.String(length=20), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('no_hearing_reason', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_measure_decision_case_id_case_file')),
    sa.ForeignKeyConstraint(['decided_by'], ['user_account.id'], name=op.f('fk_measure_decision_decided_by_user_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['proposal_id'], ['measure_proposal.id'], name=op.f('fk_measure_decision_proposal_id_measure_proposal'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_decision')),
    sa.UniqueConstraint('case_id', name=op.f('uq_measure_decision_case_id'))
    )
    with op.batch_alter_table('measure_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_decision_decided_by'), ['decided_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_decision_decided_on'), ['decided_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_decision_measure'), ['measure'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_decision_proposal_id'), ['proposal_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('measure_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_decision_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_measure_decision_measure'))
        batch_op.drop_index(batch_op.f('ix_measure_decision_decided_on'))
        batch_op.drop_index(batch_op.f('ix_measure_decision_decided_by'))

    op.drop_table('measure_decision')
    op.drop_table('document_content')
    with op.batch_alter_table('severity_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_severity_assessment_overall'))
        batch_op.drop_index(batch_op.f('ix_severity_assessment_case_id'))
        batch_op.drop_index(batch_op.f('ix_severity_assessment_assessed_by'))

    op.drop_table('severity_assessment')
    with op.batch_alter_table('procedure_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_step_kind'))
        batch_op.drop_index(batch_op.f('ix_procedure_step_done_on'))
        batch_op.drop_index(batch_op.f('ix_procedure_step_created_by'))
        batch_op.drop_index(batch_op.f('ix_procedure_step_case_id'))

    op.drop_table('procedure_step')
    with op.batch_alter_table('police_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_police_report_created_by'))
        batch_op.drop_index(batch_op.f('ix_police_report_case_id'))

    op.drop_table('police_report')
    with op.batch_alter_table('measure_proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_proposal_created_by'))
        batch_op.drop_index(batch_op.f('ix_measure_proposal_case_id'))

    op.drop_table('measure_proposal')
    with op.batch_alter_table('inspector_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspector_call_started_at'))
        batch_op.drop_index(batch_op.f('ix_inspector_call_created_by'))
        batch_op.drop_index(batch_op.f('ix_inspector_call_case_id'))

    op.drop_table('inspector_call')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_recipient_id'))
        batch_op.drop_index('ix_document_owner_filed')
        batch_op.drop_index(batch_op.f('ix_document_incident_id'))
        batch_op.drop_index(batch_op.f('ix_document_filed_by'))
        batch_op.drop_index(batch_op.f('ix_document_case_id'))

    op.drop_table('document')
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_involvement_person_id'))
        batch_op.drop_index(batch_op.f('ix_involvement_incident_id'))

    op.drop_table('involvement')
    with op.batch_alter_table('incident_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_rule_rule_code'))

    op.drop_table('incident_rule')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_file_subject_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_status'))
        batch_op.drop_index(batch_op.f('ix_case_file_severity'))
        batch_op.drop_index(batch_op.f('ix_case_file_incident_id'))

    op.drop_table('case_file')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_school_occurred')
        batch_op.drop_index(batch_op.f('ix_incident_school_id'))
        batch_op.drop_index(batch_op.f('ix_incident_reporter_id'))
        batch_op.drop_index(batch_op.f('ix_incident_occurred_on'))
        batch_op.drop_index(batch_op.f('ix_incident_created_by'))
        batch_op.drop_index(batch_op.f('ix_incident_category'))

    op.drop_table('incident')
    with op.batch_alter_table('guardian_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guardian_link_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_guardian_link_parent_id'))

    op.drop_table('guardian_link')
    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_record_person_id'))
        batch_op.drop_index(batch_op.f('ix_consent_record_given_by_id'))
        batch_op.drop_index(batch_op.f('ix_consent_record_created_by'))

    op.drop_table('consent_record')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_sort')
        batch_op.drop_index('ix_person_school_sort')
        batch_op.drop_index(batch_op.f('ix_person_school_id'))
        batch_op.drop_index(batch_op.f('ix_person_kind'))

    op.drop_table('person')
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_board_id'))

    op.drop_table('school')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_person_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_case_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_actor_id'))

    op.drop_table('audit_event')
    op.drop_table('user_account')
    op.drop_table('setting')
    op.drop_table('board')
    op.drop_table('audit_head')
