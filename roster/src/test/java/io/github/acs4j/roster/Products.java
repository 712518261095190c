package io.github.acs4j.roster;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.AlertContactGroup;
import io.github.acs4j.arms.model.NotificationContact;
import io.github.acs4j.arms.model.NotificationContactGroup;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.roster.cli.RosterMain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The three clients pointed at one emulator, retrying without waiting, and a record of every attempt's action
 * in the order it went out (what crossed the wire, seen by an interceptor).
 */
final class Products implements AutoCloseable {
    final AcsEmulator emulator;
    final CmsClient cms;
    final ArmsClient arms;
    final ResourceDirectoryClient rd;
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    /** Called before each attempt goes out: a test injects a fault for that very request. */
    volatile ExecutionInterceptor beforeSend = new ExecutionInterceptor() { };

    /** Clients for a new emulator of its own, closed with them. */
    static Products start() {
        return new Products(AcsEmulator.start());
    }

    /** Clients for this emulator, which {@link #close()} closes with them. */
    Products(AcsEmulator emulator) {
        this.emulator = emulator;
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeSend(AttemptContext attempt) {
                sent.add(attempt.action());
                beforeSend.beforeSend(attempt);
            }
        };
        this.cms = configure(CmsClient.builder(), recorder).build();
        this.arms = configure(ArmsClient.builder(), recorder).build();
        this.rd = configure(ResourceDirectoryClient.builder(), recorder).build();
    }

    private <B extends AcsClientBuilder<B, ?>> B configure(B b, ExecutionInterceptor recorder) {
        return b.region("cn-hangzhou").endpointOverride(emulator.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret()))
                .retryStrategy(RetryStrategy.builder().sleeper(millis -> { }).build())
                .addInterceptor(recorder);
    }

    RosterSync.Builder sync() {
        return RosterSync.builder().cms(cms).arms(arms).resourceDirectory(rd);
    }

    /** Write requests the emulator received so far, whatever became of them. */
    int writes() {
        int n = 0;
        for (Map.Entry<String, Integer> e : emulator.requestCounts().entrySet()) {
            if (RosterMain.WRITE_ACTIONS.contains(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    List<String> cmsNames() {
        List<String> out = new ArrayList<>();
        for (Contact c : cms.describeContactListPaginator(r -> r.pageSize(100)).items()) {
            out.add(c.name());
        }
        return out;
    }

    int armsNamed(String name) {
        int n = 0;
        for (AlertContact c : arms.searchAlertContactPaginator(r -> r.pageSize(100)).items()) {
            n += name.equals(c.contactName()) ? 1 : 0;
        }
        return n;
    }

    int rdNamed(String name) {
        int n = 0;
        for (MessageContact c : rd.listMessageContactsPaginator(r -> r.pageSize(100)).items()) {
            n += name.equals(c.name()) ? 1 : 0;
        }
        return n;
    }

    /** ARMS legacy alert contact groups and their members' names, sorted. */
    Map<String, List<String>> armsGroups() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (AlertContactGroup g : arms.searchAlertContactGroup(r -> r.isDetail(true)).contactGroups()) {
            List<String> names = new ArrayList<>();
            for (AlertContact c : g.contacts()) {
                names.add(c.contactName());
            }
            Collections.sort(names);
            out.put(g.contactGroupName(), names);
        }
        return out;
    }

    /** ARMS notification-center contacts' names, sorted. */
    List<String> notificationContacts() {
        List<String> out = new ArrayList<>();
        for (NotificationContact c : arms.describeContactsPaginator(r -> r.page(1).size(100)).items()) {
            out.add(c.contactName());
        }
        Collections.sort(out);
        return out;
    }

    /** ARMS notification-center contact groups and their members' names, sorted. */
    Map<String, List<String>> notificationGroups() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (NotificationContactGroup g : arms.describeContactGroupsPaginator(r -> r.isDetail(true).page(1).size(100)).items()) {
            List<String> names = new ArrayList<>();
            for (NotificationContact c : g.contacts()) {
                names.add(c.contactName());
            }
            Collections.sort(names);
            out.put(g.contactGroupName(), names);
        }
        return out;
    }

    /** Forgets the emulator's data, counts and faults, the record of what was sent and the injected hook. */
    void reset() {
        emulator.reset();
        sent.clear();
        beforeSend = new ExecutionInterceptor() { };
    }

    @Override
    public void close() {
        cms.close();
        arms.close();
        rd.close();
        emulator.close();
    }
}
