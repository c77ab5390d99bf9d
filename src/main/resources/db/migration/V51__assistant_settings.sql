-- Per-user choice to let the optional LLM assistant see the user's data. Off unless the user turns it on.
create table assistant_setting (
    owner_id     bigint  not null primary key references app_user (id) on delete cascade,
    llm_enabled  boolean not null default false,
    updated_at   timestamp with time zone not null
);
